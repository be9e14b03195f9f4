import type { Migration } from '../migration';

/**
 * What generated documents and agreements need.
 *
 * - `partners.address`: the street address, printed for the parties of an agreement.
 * - `partners.card_agreement`: the card's agreement badge, derived like the other `card_*`
 *   columns of migration 2 and rewritten with every agreement write. It holds the newest
 *   agreement as `kind|status|valid_until` (empty `valid_until`: open-ended), or NULL.
 * - `agreements.signed_scan_path`: the signed copy, copied into the data folder.
 * - `agreements.draft_input`: the template input of the last export (JSON), so that the next
 *   export of the same agreement starts from what was sent, not from scratch.
 * - `documents`: rebuilt, because SQLite cannot change a CHECK list in place: `eml` joins the
 *   formats, each file gets its SHA-256 checksum, and the rows of a deleted partner go with it
 *   (the archive promises that its documents go too; the files themselves stay where saved).
 *   No table refers to `documents`, so the rebuild moves no other rows.
 */
export const documentsAndAgreements: Migration = {
  version: 3,
  name: 'documents, agreements and partner address',
  up(db) {
    db.exec(`
      ALTER TABLE partners ADD COLUMN address TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN card_agreement TEXT;
      ALTER TABLE agreements ADD COLUMN signed_scan_path TEXT;
      ALTER TABLE agreements ADD COLUMN draft_input TEXT;

      ALTER TABLE documents RENAME TO documents_v2;
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER REFERENCES partners (id) ON DELETE CASCADE,
        agreement_id INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('mou', 'loi', 'one_pager', 'agenda', 'email', 'report')),
        format TEXT NOT NULL CHECK (format IN ('docx', 'pdf', 'ics', 'eml', 'txt', 'csv', 'json')),
        file_name TEXT NOT NULL,
        -- Where it was saved, if the platform told us; informative only.
        saved_path TEXT,
        -- SHA-256 of the bytes written, lower-case hex; NULL only for rows from before version 3.
        checksum TEXT CHECK (checksum IS NULL OR (length(checksum) = 64 AND checksum NOT GLOB '*[^0-9a-f]*')),
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO documents (id, partner_id, agreement_id, kind, format, file_name, saved_path,
        created_at)
        SELECT id, partner_id, agreement_id, kind, format, file_name, saved_path, created_at
        FROM documents_v2;
      DROP TABLE documents_v2;
      CREATE INDEX documents_partner ON documents (partner_id, created_at);

      UPDATE partners SET card_agreement = (
        SELECT a.kind || '|' || a.status || '|' || coalesce(a.valid_until, '')
        FROM agreements a WHERE a.partner_id = partners.id ORDER BY a.id DESC LIMIT 1);
    `);
  },
};
