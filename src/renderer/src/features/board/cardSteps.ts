import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { phaseLabels, phases } from '../../../../shared/domain';
import { useStore } from '../../store';
import { stepWithinColumn } from './columnOrder';
import type { Placement } from './dropPlacement';
import { moveWithFeedback } from './moveWithFeedback';

/**
 * The keyboard and menu alternatives to dragging. A card sent to another phase goes to the
 * top of that column, where the coordinator looks first; up and down step past the
 * neighbouring card the coordinator can see (hidden cards in between are skipped).
 */
export type CardStep = 'next' | 'previous' | 'up' | 'down';

/** The ids of a column that the board shows (all, or those matching the filters). */
export function visibleIdsOf(
  ids: readonly number[],
  matchIds: ReadonlySet<number> | null,
): readonly number[] {
  return matchIds ? ids.filter((id) => matchIds.has(id)) : ids;
}

export function placementForStep(id: number, step: CardStep): Placement | null {
  const { cardsById, columns, matchIds } = useStore.getState();
  const card = cardsById.get(id);
  if (!card) return null;
  const index = phases.indexOf(card.phase);
  if (step === 'next' || step === 'previous') {
    const toPhase = phases[step === 'next' ? index + 1 : index - 1];
    return toPhase ? { toPhase, afterId: null } : null;
  }
  const all = columns[card.phase];
  const within = stepWithinColumn(all, visibleIdsOf(all, matchIds), id, step);
  return within && { toPhase: card.phase, afterId: within.afterId };
}

const noStep: Record<CardStep, string> = {
  next: `already in the last phase, ${phaseLabels.maintenance_growth}`,
  previous: `already in the first phase, ${phaseLabels.scouting}`,
  up: 'already at the top of its column',
  down: 'already at the bottom of its column',
};

/** Moves the card one step; keyboard focus follows it to its new place. */
export function moveByStep(id: number, step: CardStep): void {
  const placement = placementForStep(id, step);
  if (!placement) {
    const name = useStore.getState().cardsById.get(id)?.name ?? 'The partner';
    announce(`${name} is ${noStep[step]}.`);
    return;
  }
  moveWithFeedback(id, placement.toPhase, placement.afterId, { focus: true });
}

/** Alt+Arrow keys on a focused card. */
export function stepForKey(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  key: string;
}): CardStep | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  switch (event.key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}
