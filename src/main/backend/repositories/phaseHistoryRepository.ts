import type { Phase } from '../../../shared/domain';
import type { PhaseHistoryEntry } from '../../../shared/partner';
import type { Db } from '../db/connection';

const columns = 'id, from_phase AS fromPhase, to_phase AS toPhase, moved_at AS movedAt';

/** Every phase a partner went through, with when; the first entry (from NULL) is its creation. */
export function createPhaseHistoryRepository(db: Db) {
  // Ids break ties between entries written within the same millisecond.
  const selectAll = db.prepare<[number], PhaseHistoryEntry>(
    `SELECT ${columns} FROM phase_history WHERE partner_id = ? ORDER BY moved_at, id`,
  );
  const selectLatest = db.prepare<[number], PhaseHistoryEntry>(
    `SELECT ${columns} FROM phase_history WHERE partner_id = ?
     ORDER BY moved_at DESC, id DESC LIMIT 1`,
  );
  const insertRow = db.prepare<[number, Phase | null, Phase, string]>(
    'INSERT INTO phase_history (partner_id, from_phase, to_phase, moved_at) VALUES (?, ?, ?, ?)',
  );
  const deleteRow = db.prepare<[number]>('DELETE FROM phase_history WHERE id = ?');

  return {
    /** Oldest first. */
    list(partnerId: number): PhaseHistoryEntry[] {
      return selectAll.all(partnerId);
    },

    latest(partnerId: number): PhaseHistoryEntry | null {
      return selectLatest.get(partnerId) ?? null;
    },

    insert(partnerId: number, fromPhase: Phase | null, toPhase: Phase, movedAt: string): number {
      return Number(insertRow.run(partnerId, fromPhase, toPhase, movedAt).lastInsertRowid);
    },

    remove(id: number): void {
      deleteRow.run(id);
    },
  };
}

export type PhaseHistoryRepository = ReturnType<typeof createPhaseHistoryRepository>;
