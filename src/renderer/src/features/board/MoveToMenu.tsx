import { ActionIcon, Menu } from '@mantine/core';
import { type Phase, phaseLabels, phases } from '../../../../shared/domain';
import { useStore } from '../../store';
import { moveByStep, placementForStep } from './cardSteps';
import { MoveIcon } from './icons';
import { moveWithFeedback } from './moveWithFeedback';

/** Up and down, worked out when the menu opens (the dropdown mounts only then). */
function StepItems({ id }: { id: number }) {
  return (
    <>
      <Menu.Item disabled={!placementForStep(id, 'up')} onClick={() => moveByStep(id, 'up')}>
        Move up
      </Menu.Item>
      <Menu.Item disabled={!placementForStep(id, 'down')} onClick={() => moveByStep(id, 'down')}>
        Move down
      </Menu.Item>
    </>
  );
}

/**
 * The single-pointer and keyboard alternative to dragging a card, and the card's other
 * actions. The dropdown mounts only when opened, so the board pays nothing for it.
 */
export function MoveToMenu({ id, name, phase }: { id: number; name: string; phase: Phase }) {
  return (
    <Menu position="bottom-end" shadow="md" width={230}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Move ${name} to…`}
          title="Move to…"
        >
          <MoveIcon size={15} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to phase (top of the column)</Menu.Label>
        {phases
          .filter((p) => p !== phase)
          .map((p) => (
            <Menu.Item key={p} onClick={() => moveWithFeedback(id, p, null, { focus: true })}>
              {phaseLabels[p]}
            </Menu.Item>
          ))}
        <Menu.Divider />
        <Menu.Label>Within {phaseLabels[phase]}</Menu.Label>
        <StepItems id={id} />
        <Menu.Divider />
        <Menu.Item onClick={() => useStore.getState().openExport(id)}>Create document…</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
