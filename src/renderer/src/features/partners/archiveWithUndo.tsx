import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Phase, phaseLabels } from '../../../../shared/domain';
import type { BoardCard } from '../../../../shared/partner';
import { useStore } from '../../store';
import type { UndoStep } from '../../store/undoSlice';

const undoKeys = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘Z' : 'Ctrl+Z';

export function restoredNotice(card: BoardCard): void {
  notifications.show({
    color: 'teal',
    title: `Back on the board in ${phaseLabels[card.phase]}`,
    message: `“${card.name}”`,
  });
}

/**
 * Archives a partner and offers to take it back twice over: the toast's Undo button and
 * Ctrl/Cmd+Z. Whichever comes first restores it; the other then has nothing left to do.
 */
export async function archiveWithUndo(id: number, name: string, phase: Phase): Promise<boolean> {
  const { archivePartner, restorePartner, pushUndo, dropUndo } = useStore.getState();
  const result = await archivePartner(id);
  if (!result.ok) {
    notifications.show({
      color: 'red',
      title: `“${name}” was not archived`,
      message: result.error.message,
    });
    return false;
  }

  const toastId = `archived-${id}-${Date.now()}`;
  let restored: BoardCard | null = null;
  const step: UndoStep = {
    // The whole announcement, as the board's undo reports it.
    label: `Archiving of “${name}” undone: back on the board in ${phaseLabels[phase]}`,
    revert: async () => {
      if (restored) return true;
      const answer = await restorePartner(id);
      if (!answer.ok) {
        notifications.show({
          color: 'red',
          title: `“${name}” could not be put back`,
          message: answer.error.message,
        });
        return false;
      }
      restored = answer.value;
      notifications.hide(toastId);
      return true;
    },
  };
  pushUndo(step);

  const undoFromToast = async () => {
    dropUndo(step);
    if (await step.revert()) {
      if (restored) restoredNotice(restored);
    }
  };

  notifications.show({
    id: toastId,
    title: `“${name}” archived`,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">Find it under Archive, or take it back ({undoKeys}).</Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => void undoFromToast()}
        >
          Undo
        </Button>
      </Group>
    ),
  });
  return true;
}
