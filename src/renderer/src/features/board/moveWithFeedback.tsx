import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Phase, phaseLabels } from '../../../../shared/domain';
import { useStore } from '../../store';
import type { UndoStep } from '../../store/undoSlice';

/**
 * Every way of moving a card (drag, keyboard, "Move to…" menu) ends here: the board changes at
 * once, a screen reader hears where the card went, and once the backend has stored the move a
 * toast offers to undo it (so does Ctrl/Cmd+Z, through the undo stack).
 */

let toastSeq = 0;
let currentToast: string | null = null;

function showUndoToast(name: string, phase: Phase, within: boolean, step: UndoStep): string {
  if (currentToast) notifications.hide(currentToast);
  const id = `board-move-${++toastSeq}`;
  currentToast = id;
  notifications.show({
    id,
    autoClose: 8000,
    withCloseButton: true,
    // The live region already said it; the toast is for eyes and for the Undo button.
    role: 'status',
    message: (
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Text size="sm" dir="auto" lineClamp={2} style={{ minWidth: 0 }}>
          {name} moved {within ? 'within' : 'to'} {phaseLabels[phase]}.
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => void undoStep(step)}
        >
          Undo
        </Button>
      </Group>
    ),
    onClose: () => {
      if (currentToast === id) currentToast = null;
    },
  });
  return id;
}

/** Says (and shows briefly) that an undo happened. */
export function reportUndone(label: string): void {
  announce(label);
  notifications.show({ message: label, autoClose: 3000, role: 'status' });
}

/** The toast's Undo: takes back exactly this step, wherever it is in the stack. */
async function undoStep(step: UndoStep): Promise<void> {
  const label = await useStore.getState().undo(step);
  if (label) reportUndone(label);
}

export function moveWithFeedback(
  id: number,
  toPhase: Phase,
  afterId: number | null,
  options: { focus?: boolean } = {},
): void {
  const { cardsById, moveCard } = useStore.getState();
  const card = cardsById.get(id);
  if (!card) return;
  const planned = moveCard(id, toPhase, afterId, options);
  if (!planned) return;
  const { name } = card;
  const fromPhase = card.phase;
  announce(
    `${name} moved to ${phaseLabels[toPhase]}, position ${planned.position} of ${planned.total}`,
  );
  // The undo step goes on the stack at once, not when the backend answers: a Ctrl/Cmd+Z
  // pressed right after the move must take back this move, not the one before it.
  let toastId = '';
  const step: UndoStep = {
    label: `Move of “${name}” undone: back in ${phaseLabels[fromPhase]}`,
    revert: async () => {
      const stored = await planned.done;
      if (!stored.ok) return false;
      if (toastId) notifications.hide(toastId);
      const reverted = await useStore.getState().revertMove(stored.value);
      if (!reverted.ok) {
        notifications.show({
          color: 'red',
          title: `The move of “${name}” could not be undone`,
          message: reverted.error.message,
        });
      }
      return reverted.ok;
    },
  };
  useStore.getState().pushUndo(step);
  void planned.done.then((result) => {
    if (!result.ok) {
      useStore.getState().dropUndo(step);
      announce(`${name} could not be moved: ${result.error.message}`);
      notifications.show({
        color: 'red',
        title: `“${name}” was not moved`,
        message: result.error.message,
      });
      return;
    }
    // Undone already (Ctrl+Z before the answer came): no toast offering it again.
    if (!useStore.getState().undoStack.includes(step)) return;
    toastId = showUndoToast(name, toPhase, result.value.from.phase === toPhase, step);
  });
}
