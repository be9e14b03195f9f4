import { type BoardRow, type BoardWire, createCardReader } from '../../../shared/boardWire';
import { type Phase, phases, stakeholderGroups } from '../../../shared/domain';
import type { Positioned } from '../../../shared/ordering';
import type { BoardCard } from '../../../shared/partner';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import { deferredPerPartner } from './deferredPerPartner';

/**
 * The board. A card shows, besides the partner's own fields, a summary of rows elsewhere
 * (types, primary contact, earliest open follow-up, ticked actions of the current phase, the
 * newest agreement).
 * That summary is stored on the partner (`card_*`, migration 2) and rewritten by `refresh`
 * whenever its sources change, so reading 10,000 cards is one scan of the `partners_board`
 * index (phase, position) per column: no joins, no subqueries, no sort.
 *
 * Most of the remaining time goes into turning SQLite values into JavaScript strings, so the
 * stakeholder group travels as its index in the catalogue, and the phase is not read back
 * when the query already names it. The rows go to the renderer as they come (`BoardWire`).
 */

const groupIndex = `CASE p.stakeholder_group ${stakeholderGroups
  .map((g, i) => `WHEN '${g}' THEN ${i}`)
  .join(' ')} END`;

const cardColumns = `p.id, p.name, ${groupIndex}, p.country, p.position, p.phase_entered_at,
  p.card_types, p.card_primary_contact, p.card_next_follow_up, p.card_checklist_done,
  p.card_agreement`;

export function createBoardRepository(db: Db) {
  const selectColumnCards = db
    .prepare<[Phase], BoardRow>(
      `SELECT ${cardColumns} FROM partners p
       WHERE p.phase = ? AND p.archived_at IS NULL ORDER BY p.position, p.id`,
    )
    .raw();
  const selectCard = db
    .prepare<[number], [...BoardRow, Phase]>(
      `SELECT ${cardColumns}, p.phase FROM partners p WHERE p.id = ?`,
    )
    .raw();
  const selectColumn = db.prepare<[Phase, number], Positioned>(
    `SELECT id, position FROM partners
     WHERE phase = ? AND archived_at IS NULL AND id <> ? ORDER BY position, id`,
  );
  const activeInPhase = 'phase = @phase AND archived_at IS NULL AND id <> @excludeId';
  type Around = { phase: Phase; excludeId: number };
  const selectFirst = db.prepare<[Around], Positioned>(
    `SELECT id, position FROM partners WHERE ${activeInPhase} ORDER BY position, id LIMIT 1`,
  );
  const selectLast = db.prepare<[Around], Positioned>(
    `SELECT id, position FROM partners WHERE ${activeInPhase}
     ORDER BY position DESC, id DESC LIMIT 1`,
  );
  const selectOne = db.prepare<[Around & { id: number }], Positioned>(
    `SELECT id, position FROM partners WHERE ${activeInPhase} AND id = @id`,
  );
  const selectNext = db.prepare<[Around & Positioned], Positioned>(
    `SELECT id, position FROM partners WHERE ${activeInPhase} AND (position, id) > (@position, @id)
     ORDER BY position, id LIMIT 1`,
  );
  const updatePosition = db.prepare<[number, number]>(
    'UPDATE partners SET position = ? WHERE id = ?',
  );
  const updateSummary = db.prepare<[{ id: number }]>(`
    UPDATE partners SET
      card_types = coalesce((SELECT group_concat(type) FROM partner_types
                             WHERE partner_id = @id), ''),
      card_primary_contact = (SELECT name FROM contacts
                              WHERE partner_id = @id AND is_primary = 1),
      card_next_follow_up = (SELECT min(due_on) FROM interactions
                             WHERE partner_id = @id AND done_at IS NULL AND due_on IS NOT NULL),
      card_checklist_done = (SELECT count(*) FROM checklist_state
                             WHERE partner_id = @id AND phase = partners.phase),
      card_agreement = (SELECT kind || '|' || status || '|' || coalesce(valid_until, '')
                        FROM agreements WHERE partner_id = @id ORDER BY id DESC LIMIT 1)
    WHERE id = @id`);
  const summaries = deferredPerPartner((id) => updateSummary.run({ id }));

  const toCard = createCardReader();

  return {
    /** Every active partner, one list per phase, by position, then id. */
    rows(): BoardWire {
      // One read transaction, so that the five columns come from the same snapshot.
      return atomically(db, () => ({
        columns: phases.map((phase) => selectColumnCards.all(phase)),
      }));
    },

    /** The card of one partner, archived or not. */
    card(id: number): BoardCard | null {
      const row = selectCard.get(id);
      return row ? toCard(row.slice(0, -1) as BoardRow, row[11]) : null;
    },

    /** A column in display order, without `excludeId` (the card being moved). */
    column(phase: Phase, excludeId: number): Positioned[] {
      return selectColumn.all(phase, excludeId);
    },

    /**
     * The part of `column(phase, excludeId)` that `placeAfter(…, afterId)` looks at: the card
     * `afterId` and the one after it, the first card (afterId null) or the last (afterId not
     * in the column). Only when the gap between the two is used up, and neighbours must be
     * respread, the whole column. A move or a new partner then reads two rows from the index,
     * not a column of thousands.
     */
    around(phase: Phase, excludeId: number, afterId: number | null): Positioned[] {
      const where = { phase, excludeId };
      if (afterId === null) return selectFirst.all(where);
      const after = selectOne.get({ ...where, id: afterId });
      if (!after) return selectLast.all(where);
      const next = selectNext.get({ ...where, ...after });
      if (!next) return [after];
      return next.position - after.position >= 2
        ? [after, next]
        : selectColumn.all(phase, excludeId);
    },

    /**
     * Neighbours respread to make room. Their `updated_at` is left alone: nothing about
     * those partners changed for the coordinator.
     */
    renumber(cards: readonly Positioned[]): void {
      for (const c of cards) updatePosition.run(c.position, c.id);
    },

    /**
     * Rewrites the card summary from its sources; call inside the transaction of every write
     * to a partner's types, contacts, logbook, checklist or phase.
     */
    refresh: summaries.update,

    /** Runs `fn`, rewriting each touched partner's summary once at its end (bulk writes). */
    batch: summaries.batch,
  };
}

export type BoardRepository = ReturnType<typeof createBoardRepository>;
