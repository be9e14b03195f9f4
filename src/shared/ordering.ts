/**
 * Card order within a board column. Positions are sparse integers (a gap of `positionStep`
 * between neighbours), so a move normally writes one row: the moved card takes a position
 * between its new neighbours. Only when a gap is used up are neighbours around the drop point
 * respread, in a window that doubles until it has room: usually a handful of rows, the whole
 * column only when its positions are packed tight everywhere.
 */

export const positionStep = 1024;

export interface Positioned {
  id: number;
  position: number;
}

export interface Placement {
  /** The moved card's new position. */
  position: number;
  /** Neighbours that had to move to make room (usually none). */
  renumber: Positioned[];
}

/**
 * Where a card goes when dropped right after `afterId` (null: at the top) in `column`.
 * `column` is the target column in display order (position, then id), without the moved card.
 * An `afterId` not in the column puts the card at the end.
 */
export function placeAfter(column: readonly Positioned[], afterId: number | null): Placement {
  let index = -1; // index of the card the moved one follows
  if (afterId !== null) {
    index = column.findIndex((c) => c.id === afterId);
    if (index === -1) index = column.length - 1;
  }
  const prev = column[index];
  const next = column[index + 1];
  if (!prev && !next) return { position: 0, renumber: [] };
  if (!prev && next) return { position: next.position - positionStep, renumber: [] };
  if (prev && !next) return { position: prev.position + positionStep, renumber: [] };
  if (prev && next && next.position - prev.position >= 2) {
    return {
      position: prev.position + Math.floor((next.position - prev.position) / 2),
      renumber: [],
    };
  }
  return respread(column, index);
}

/**
 * The gap after `column[index]` is used up. Widen a window around it (doubling each time)
 * until the window's bounds leave room for every card in it plus the moved one, then spread
 * them evenly. At a column's end the bound is open, so the loop always ends.
 */
function respread(column: readonly Positioned[], index: number): Placement {
  for (let radius = 1; ; radius *= 2) {
    const lo = Math.max(0, index - radius + 1);
    const hi = Math.min(column.length - 1, index + radius);
    const slots = hi - lo + 2; // the window's cards plus the moved card
    const lower = lo > 0 ? column[lo - 1]!.position : column[lo]!.position - positionStep * slots;
    const upper =
      hi < column.length - 1
        ? column[hi + 1]!.position
        : column[hi]!.position + positionStep * slots;
    const gap = Math.floor((upper - lower) / (slots + 1));
    if (gap < 2 && (lo > 0 || hi < column.length - 1)) continue;
    const spaced = Math.max(gap, 1);
    const renumber: Positioned[] = [];
    let position = 0;
    let slot = 1;
    for (let i = lo; i <= hi; i++) {
      if (i === index + 1) position = lower + spaced * slot++;
      const card = column[i]!;
      const next = lower + spaced * slot++;
      if (card.position !== next) renumber.push({ id: card.id, position: next });
    }
    if (index + 1 > hi) position = lower + spaced * slot;
    return { position, renumber };
  }
}

/** Display order: position, then id for cards that share a position. */
export const byPosition = (a: Positioned, b: Positioned): number =>
  a.position - b.position || a.id - b.id;
