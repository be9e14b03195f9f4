import { describe, expect, it } from 'vitest';
import { generatePartners } from '../../src/main/backend/dev/generatePartners';
import { createBoardRepository } from '../../src/main/backend/repositories/boardRepository';
import { phases } from '../../src/shared/domain';
import { placeAfter } from '../../src/shared/ordering';
import { testBackend } from './helpers/backend';

describe('placing a card reads only the neighbours it needs', () => {
  it('places exactly as the whole column would, also where gaps are used up', () => {
    const backend = testBackend();
    generatePartners(backend.db, { count: 120, seed: 11, now: new Date('2026-02-01T09:00:00Z') });
    const board = createBoardRepository(backend.db);
    // Packed and shared positions beside ordinary gaps: every branch of placeAfter.
    const setPosition = backend.db.prepare('UPDATE partners SET position = ? WHERE id = ?');
    const packed = [0, 1, 2, 2, 3, 1024, 2048, 2049, 4096, 4097, 4098, 9000];
    board.column('scouting', 0).forEach((card, i) => {
      setPosition.run(packed[i % packed.length]! + Math.floor(i / packed.length) * 10_000, card.id);
    });

    let compared = 0;
    for (const phase of phases) {
      const column = board.column(phase, 0);
      const moved = [0, ...column.slice(0, 3).map((c) => c.id)];
      for (const excludeId of moved) {
        const full = board.column(phase, excludeId);
        for (const afterId of [null, ...full.map((c) => c.id), 999_999, excludeId || null]) {
          expect(placeAfter(board.around(phase, excludeId, afterId), afterId)).toEqual(
            placeAfter(full, afterId),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('reads two rows where the gap leaves room, the whole column where it does not', () => {
    const backend = testBackend();
    generatePartners(backend.db, { count: 40, seed: 5, now: new Date('2026-02-01T09:00:00Z') });
    const board = createBoardRepository(backend.db);
    const column = board.column('scouting', 0);
    expect(column.length).toBeGreaterThan(3);
    const [a, b] = column;
    expect(board.around('scouting', 0, a!.id)).toEqual([a, b]);
    expect(board.around('scouting', 0, null)).toEqual([a]);
    backend.db.prepare('UPDATE partners SET position = ? WHERE id = ?').run(a!.position, b!.id);
    expect(board.around('scouting', 0, a!.id)).toHaveLength(column.length);
  });
});
