import { describe, expect, it } from 'vitest';
import {
  type Positioned,
  type Placement,
  byPosition,
  placeAfter,
  positionStep,
} from '../../src/shared/ordering';

const column = (...positions: number[]): Positioned[] =>
  positions.map((position, i) => ({ id: i + 1, position }));

const spaced = (count: number): Positioned[] =>
  Array.from({ length: count }, (_, i) => ({ id: i + 1, position: (i + 1) * positionStep }));

/** The column after the move is written: renumbered neighbours, then the moved card, re-sorted. */
function apply(cards: readonly Positioned[], movedId: number, placement: Placement): Positioned[] {
  const renumbered = new Map(placement.renumber.map((c) => [c.id, c.position]));
  return [
    ...cards.map((c) => ({ id: c.id, position: renumbered.get(c.id) ?? c.position })),
    { id: movedId, position: placement.position },
  ].sort(byPosition);
}

/** The order the coordinator asked for: the moved card right after `afterId` (or first, or last). */
function expectedOrder(cards: readonly Positioned[], movedId: number, afterId: number | null) {
  const ids = cards.map((c) => c.id);
  const index = afterId === null ? 0 : ids.indexOf(afterId) + 1 || ids.length;
  ids.splice(index, 0, movedId);
  return ids;
}

function strictlyIncreasing(cards: readonly Positioned[]): boolean {
  return cards.every((c, i) => i === 0 || c.position > cards[i - 1]!.position);
}

describe('placeAfter', () => {
  it.each<[string, Positioned[], number | null, Placement]>([
    ['an empty column', [], null, { position: 0, renumber: [] }],
    ['an empty column, after a card that is not there', [], 7, { position: 0, renumber: [] }],
    ['the top of a column', column(1024, 2048), null, { position: 0, renumber: [] }],
    ['the end of a column', column(1024, 2048), 2, { position: 3072, renumber: [] }],
    ['between two cards', column(1024, 2048), 1, { position: 1536, renumber: [] }],
    [
      'after a card not in the column: the end',
      column(1024, 2048),
      99,
      { position: 3072, renumber: [] },
    ],
    ['a gap of two', column(10, 12), 1, { position: 11, renumber: [] }],
    ['above negative positions', column(-5000, -10), null, { position: -6024, renumber: [] }],
  ])('places a card in %s', (_label, cards, afterId, expected) => {
    expect(placeAfter(cards, afterId)).toEqual(expected);
  });

  it('respreads only the neighbours of a used-up gap', () => {
    const cards = spaced(100);
    cards[50] = { id: 51, position: cards[49]!.position + 1 }; // no room between 50 and 51
    const placement = placeAfter(cards, 50);
    expect(placement.renumber.length).toBeGreaterThan(0);
    expect(placement.renumber.length).toBeLessThanOrEqual(4);
    const after = apply(cards, 999, placement);
    expect(after.map((c) => c.id)).toEqual(expectedOrder(cards, 999, 50));
    expect(strictlyIncreasing(after)).toBe(true);
  });

  it('keeps the asked order when cards share a position (display order: position, then id)', () => {
    const cards = column(0, 0, 0, 0);
    for (const afterId of [null, 1, 2, 3, 4]) {
      const after = apply(cards, 9, placeAfter(cards, afterId));
      expect(
        after.map((c) => c.id),
        `after ${afterId}`,
      ).toEqual(expectedOrder(cards, 9, afterId));
    }
  });

  it('widens the window until there is room, even in a tightly packed column', () => {
    const cards = column(...Array.from({ length: 64 }, (_, i) => i)); // 0, 1, 2 … 63
    const placement = placeAfter(cards, 32);
    const after = apply(cards, 99, placement);
    expect(after.map((c) => c.id)).toEqual(expectedOrder(cards, 99, 32));
    expect(strictlyIncreasing(after)).toBe(true);
  });

  it('stays ordered and cheap over 1,000 moves into the same slot', () => {
    let cards = spaced(500);
    const anchor = 250;
    let renumbered = 0;
    let worst = 0;
    for (let move = 0; move < 1000; move++) {
      // Take the last card and drop it right after the anchor, as a coordinator would.
      const moved = cards.at(-1)!;
      const rest = cards.slice(0, -1);
      const placement = placeAfter(rest, anchor);
      const after = apply(rest, moved.id, placement);
      expect(after.map((c) => c.id)).toEqual(expectedOrder(rest, moved.id, anchor));
      expect(strictlyIncreasing(after)).toBe(true);
      renumbered += placement.renumber.length;
      worst = Math.max(worst, placement.renumber.length);
      cards = after;
    }
    // Far fewer rows written than the column holds, on average and even at worst.
    expect(renumbered / 1000).toBeLessThan(5);
    expect(worst).toBeLessThan(cards.length / 2);
  });

  it('puts the card where it was asked for, whatever the positions (random columns)', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      const size = random(12);
      const positions = Array.from({ length: size }, () => random(6) - 3).sort((a, b) => a - b);
      const cards = column(...positions).sort(byPosition);
      const afterId = random(3) === 0 ? null : random(size + 2) + 1; // sometimes not in the column
      const placement = placeAfter(cards, afterId);
      const after = apply(cards, 1000, placement);
      expect(
        after.map((c) => c.id),
        JSON.stringify({ positions, afterId }),
      ).toEqual(expectedOrder(cards, 1000, afterId));
      // Renumbered cards are real cards of the column, each named once.
      const ids = placement.renumber.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => cards.some((c) => c.id === id))).toBe(true);
    }
  });
});
