import type { z } from 'zod';
import type { Interaction, interactionInputSchema } from '../../../shared/partner';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import type { BoardRepository } from './boardRepository';
import type { PartnerSearchRepository } from './partnerSearchRepository';
import { writeWithDerived } from './writeWithDerived';

export type InteractionFields = z.output<typeof interactionInputSchema>;

const selectColumns = `id, partner_id AS partnerId, contact_id AS contactId,
  occurred_on AS occurredOn, kind, summary, next_step AS nextStep, due_on AS dueOn,
  done_at AS doneAt`;

/** The logbook of a partner: what happened, and the next step with its due date. */
export function createInteractionRepository(
  db: Db,
  search: PartnerSearchRepository,
  board: BoardRepository,
) {
  const selectAll = db.prepare<[number], Interaction>(
    `SELECT ${selectColumns} FROM interactions WHERE partner_id = ?
     ORDER BY occurred_on DESC, id DESC`,
  );
  const selectOne = db.prepare<[number, number], Interaction>(
    `SELECT ${selectColumns} FROM interactions WHERE partner_id = ? AND id = ?`,
  );
  const insertRow = db.prepare<
    [InteractionFields & { partnerId: number; doneAt: string | null; now: string }]
  >(`
    INSERT INTO interactions (partner_id, contact_id, occurred_on, kind, summary, next_step,
      due_on, done_at, created_at, updated_at)
    VALUES (@partnerId, @contactId, @occurredOn, @kind, @summary, @nextStep, @dueOn, @doneAt,
      @now, @now)`);
  const updateRow = db.prepare<[InteractionFields & { id: number; now: string }]>(`
    UPDATE interactions SET contact_id = @contactId, occurred_on = @occurredOn, kind = @kind,
      summary = @summary, next_step = @nextStep, due_on = @dueOn, updated_at = @now
    WHERE id = @id`);
  const deleteRow = db.prepare<[number]>('DELETE FROM interactions WHERE id = ?');
  const updateDone = db.prepare<[string | null, string, number]>(
    'UPDATE interactions SET done_at = ?, updated_at = ? WHERE id = ?',
  );
  const updateDue = db.prepare<[string, string, number]>(
    'UPDATE interactions SET due_on = ?, updated_at = ? WHERE id = ?',
  );
  const written = writeWithDerived(db, board, search);

  return {
    /** Newest first: by the day it happened, then the order it was logged. */
    list(partnerId: number): Interaction[] {
      return selectAll.all(partnerId);
    },

    /** The interaction, if it belongs to this partner. */
    get(partnerId: number, id: number): Interaction | null {
      return selectOne.get(partnerId, id) ?? null;
    },

    /** `doneAt` is for imports and generated data; the app logs open next steps. */
    insert(
      partnerId: number,
      fields: InteractionFields,
      now: string,
      doneAt: string | null = null,
    ): number {
      return written(partnerId, () =>
        Number(insertRow.run({ ...fields, partnerId, doneAt, now }).lastInsertRowid),
      );
    },

    update(partnerId: number, id: number, fields: InteractionFields, now: string): void {
      written(partnerId, () => updateRow.run({ ...fields, id, now }));
    },

    remove(partnerId: number, id: number): void {
      written(partnerId, () => deleteRow.run(id));
    },

    setDoneAt(partnerId: number, id: number, doneAt: string | null, now: string): void {
      atomically(db, () => {
        updateDone.run(doneAt, now, id);
        board.refresh(partnerId);
      });
    },

    setDueOn(partnerId: number, id: number, dueOn: string, now: string): void {
      atomically(db, () => {
        updateDue.run(dueOn, now, id);
        board.refresh(partnerId);
      });
    },
  };
}

export type InteractionRepository = ReturnType<typeof createInteractionRepository>;
