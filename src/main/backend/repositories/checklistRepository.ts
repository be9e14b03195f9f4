import { phaseChecklists } from '../../../shared/checklists';
import { type Phase, phases } from '../../../shared/domain';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import type { BoardRepository } from './boardRepository';

/** Which key actions of each phase the coordinator has ticked for a partner. */
export function createChecklistRepository(db: Db, board: BoardRepository) {
  const selectPhase = db
    .prepare<[number, Phase], string>(
      'SELECT action_key FROM checklist_state WHERE partner_id = ? AND phase = ?',
    )
    .pluck();
  const selectAll = db.prepare<[number], { phase: Phase; key: string }>(
    'SELECT phase, action_key AS key FROM checklist_state WHERE partner_id = ?',
  );
  // Ticking twice keeps the first time it was ticked.
  const tick = db.prepare<[number, Phase, string, string]>(
    `INSERT INTO checklist_state (partner_id, phase, action_key, done_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const untick = db.prepare<[number, Phase, string]>(
    'DELETE FROM checklist_state WHERE partner_id = ? AND phase = ? AND action_key = ?',
  );

  /** Catalogue order, so that lists read like the checklist; keys no longer listed drop out. */
  const inCatalogueOrder = (phase: Phase, keys: Set<string>): string[] =>
    phaseChecklists[phase].filter((a) => keys.has(a.key)).map((a) => a.key);

  return {
    ticked(partnerId: number, phase: Phase): string[] {
      return inCatalogueOrder(phase, new Set(selectPhase.all(partnerId, phase)));
    },

    all(partnerId: number): Record<Phase, string[]> {
      const byPhase = new Map<Phase, Set<string>>(phases.map((p) => [p, new Set<string>()]));
      for (const row of selectAll.all(partnerId)) byPhase.get(row.phase)?.add(row.key);
      return Object.fromEntries(
        phases.map((p) => [p, inCatalogueOrder(p, byPhase.get(p) ?? new Set())]),
      ) as Record<Phase, string[]>;
    },

    set(partnerId: number, phase: Phase, key: string, done: boolean, now: string): void {
      atomically(db, () => {
        if (done) tick.run(partnerId, phase, key, now);
        else untick.run(partnerId, phase, key);
        board.refresh(partnerId);
      });
    },
  };
}

export type ChecklistRepository = ReturnType<typeof createChecklistRepository>;
