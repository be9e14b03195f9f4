import { byPosition } from '../../../../shared/ordering';
import type { BoardCard } from '../../../../shared/partner';

/**
 * Pure helpers on a column's ordered ids. The board keeps each column as an array of ids in
 * display order; these return new arrays and never touch the input.
 */

/** `ids` without `id` (the same array when it was not there). */
export function withoutId(ids: readonly number[], id: number): readonly number[] {
  const index = ids.indexOf(id);
  return index === -1 ? ids : [...ids.slice(0, index), ...ids.slice(index + 1)];
}

/**
 * `id` placed right after `afterId` (null: first). An `afterId` that is not in the column puts
 * it last, as the backend does.
 */
export function insertAfter(
  ids: readonly number[],
  id: number,
  afterId: number | null,
): readonly number[] {
  let index = 0;
  if (afterId !== null) {
    const after = ids.indexOf(afterId);
    index = after === -1 ? ids.length : after + 1;
  }
  return [...ids.slice(0, index), id, ...ids.slice(index)];
}

/** The id before `id` in the column, or null when it is first (or absent). */
export function idBefore(ids: readonly number[], id: number): number | null {
  const index = ids.indexOf(id);
  return index > 0 ? (ids[index - 1] ?? null) : null;
}

/** The column in display order by the cards' positions; the same array when already sorted. */
export function sortedByPosition(
  ids: readonly number[],
  cards: ReadonlyMap<number, BoardCard>,
): readonly number[] {
  const entries = ids.map((id) => cards.get(id)).filter((c): c is BoardCard => c !== undefined);
  let sorted = entries.length === ids.length;
  for (let i = 1; sorted && i < entries.length; i++) {
    if (byPosition(entries[i - 1]!, entries[i]!) > 0) sorted = false;
  }
  if (sorted) return ids;
  return entries.sort(byPosition).map((c) => c.id);
}

/**
 * Where a card lands when moved one step up or down among the `visible` cards of its column:
 * the `afterId` for the move, in the full column order `all`. Null when it cannot move further.
 */
export function stepWithinColumn(
  all: readonly number[],
  visible: readonly number[],
  id: number,
  direction: 'up' | 'down',
): { afterId: number | null } | null {
  const index = visible.indexOf(id);
  if (index === -1) return null;
  if (direction === 'up') {
    const previous = visible[index - 1];
    if (previous === undefined) return null;
    // Right before the previous visible card.
    return { afterId: idBefore(withoutId(all, id), previous) };
  }
  const next = visible[index + 1];
  if (next === undefined) return null;
  return { afterId: next };
}
