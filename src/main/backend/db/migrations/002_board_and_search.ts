import { fold, nameKey } from '../../../../shared/fold';
import type { Migration } from '../migration';

/**
 * What the board and its search need, at 10,000 partners.
 *
 * - `partners.card_*`: what a board card shows besides the partner's own fields (partnership
 *   types, primary contact, earliest open follow-up, ticked actions of the current phase),
 *   stored on the partner so that the board is one indexed scan of one table. They are
 *   derived: the repositories rewrite them in the same transaction as every write that
 *   changes them.
 * - `partners.name_key`: the folded name, for "a partner with this name already exists".
 * - `partner_search`: one folded document per partner (rowid = partner id), also rewritten
 *   by the repositories. Contentless: the text lives in the real tables; the index only
 *   answers which partners match. Folding happens in TypeScript (src/shared/fold.ts) because
 *   SQLite's `remove_diacritics` leaves Ł, Ø, Æ, ß and similar letters alone.
 *
 * The backfill reads the version-2 tables with its own queries, so this file stays correct
 * whatever later versions of the repositories look like.
 */
export const boardAndSearch: Migration = {
  version: 2,
  name: 'board cards, partner search and name key',
  up(db) {
    db.exec(`
      ALTER TABLE partners ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      -- Partnership type keys joined by commas.
      ALTER TABLE partners ADD COLUMN card_types TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN card_primary_contact TEXT;
      -- Earliest due date of an open next step.
      ALTER TABLE partners ADD COLUMN card_next_follow_up TEXT;
      ALTER TABLE partners ADD COLUMN card_checklist_done INTEGER NOT NULL DEFAULT 0;

      CREATE INDEX partners_name_key ON partners (name_key);
      -- The archive list, newest first.
      CREATE INDEX partners_archived ON partners (archived_at) WHERE archived_at IS NOT NULL;

      CREATE VIRTUAL TABLE partner_search USING fts5 (
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      UPDATE partners SET
        card_types = coalesce((SELECT group_concat(type) FROM partner_types
                               WHERE partner_id = partners.id), ''),
        card_primary_contact = (SELECT name FROM contacts
                                WHERE partner_id = partners.id AND is_primary = 1),
        card_next_follow_up = (SELECT min(due_on) FROM interactions
                               WHERE partner_id = partners.id AND done_at IS NULL
                                 AND due_on IS NOT NULL),
        card_checklist_done = (SELECT count(*) FROM checklist_state
                               WHERE partner_id = partners.id AND phase = partners.phase);
    `);

    const rows = db
      .prepare<[], { id: number; name: string; body: string }>(
        `SELECT p.id, p.name,
           p.name || ' ' || p.notes || ' ' || p.sector || ' ' || p.city || ' ' || p.region
           || ' ' || coalesce((SELECT group_concat(tag, ' ') FROM partner_tags
                               WHERE partner_id = p.id), '')
           || ' ' || coalesce((SELECT group_concat(name || ' ' || email || ' ' || role, ' ')
                               FROM contacts WHERE partner_id = p.id), '')
           || ' ' || coalesce((SELECT group_concat(summary || ' ' || next_step, ' ')
                               FROM interactions WHERE partner_id = p.id), '') AS body
         FROM partners p`,
      )
      .all();
    const setKey = db.prepare('UPDATE partners SET name_key = ? WHERE id = ?');
    const index = db.prepare('INSERT INTO partner_search (rowid, body) VALUES (?, ?)');
    for (const row of rows) {
      setKey.run(nameKey(row.name), row.id);
      index.run(row.id, fold(row.body));
    }
  },
};
