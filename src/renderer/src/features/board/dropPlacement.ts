import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import type { Phase } from '../../../../shared/domain';
import type { Columns } from '../../store/boardSlice';
import { idBefore, withoutId } from './columnOrder';

/**
 * What travels with a drag, and where a drop puts the card. Card drop targets carry the
 * closest edge (top or bottom half); a column's header means "at the top", the rest of the
 * column outside the cards "at the end".
 */

const cardKey = Symbol('partner-card');
const columnKey = Symbol('board-column');

// Type aliases (not interfaces), so that they fit the libraries' Record<string | symbol, unknown>.
export type CardDragData = {
  [cardKey]: true;
  id: number;
  phase: Phase;
};

export type ColumnDropData = {
  [columnKey]: true;
  phase: Phase;
  /** The column's header means its top; anywhere else outside a card, its end. */
  at: 'top' | 'end';
};

export const cardData = (id: number, phase: Phase): CardDragData => ({
  [cardKey]: true,
  id,
  phase,
});

export const columnData = (phase: Phase, at: 'top' | 'end'): ColumnDropData => ({
  [columnKey]: true,
  phase,
  at,
});

export const isCardData = (
  data: Record<string | symbol, unknown>,
): data is CardDragData & typeof data => data[cardKey] === true;

const isColumnData = (
  data: Record<string | symbol, unknown>,
): data is ColumnDropData & typeof data => data[columnKey] === true;

export interface Placement {
  toPhase: Phase;
  /** The card it follows in the full column order; null: first. */
  afterId: number | null;
}

/** Where a card dragged onto `target` lands, or null for "nowhere" (dropped on itself). */
export function placementFor(
  columns: Columns,
  sourceId: number,
  target: Record<string | symbol, unknown>,
): Placement | null {
  if (isCardData(target)) {
    if (target.id === sourceId) return null;
    const column = withoutId(columns[target.phase], sourceId);
    const afterId = extractClosestEdge(target) === 'top' ? idBefore(column, target.id) : target.id;
    return { toPhase: target.phase, afterId };
  }
  if (isColumnData(target)) {
    if (target.at === 'top') return { toPhase: target.phase, afterId: null };
    const column = withoutId(columns[target.phase], sourceId);
    return { toPhase: target.phase, afterId: column.at(-1) ?? null };
  }
  return null;
}

/** True when the placement leaves the card where it is (no indicator, no move). */
export function isNoMove(columns: Columns, sourceId: number, placement: Placement | null): boolean {
  if (!placement) return true;
  const current = columns[placement.toPhase];
  if (!current.includes(sourceId)) return false;
  return idBefore(current, sourceId) === placement.afterId;
}
