import type { Migration } from '../migration';

/**
 * Ideas for growing a partnership (types its peers commonly have) that the coordinator has
 * dismissed for a partner. A dismissal stays until the coordinator brings the ideas back;
 * it goes with the partner when the partner is deleted.
 */
export const suggestionDismissals: Migration = {
  version: 4,
  name: 'dismissed partnership suggestions',
  up(db) {
    db.exec(`
      CREATE TABLE suggestion_dismissals (
        partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN (
          'training', 'mobility', 'innovation', 'funding', 'infrastructure', 'hr_talent',
          'quality_certification', 'entrepreneurship', 'community_inclusion',
          'international_alliances', 'data_intelligence')),
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (partner_id, type)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
