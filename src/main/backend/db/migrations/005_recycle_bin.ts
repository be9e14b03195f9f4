import type { Migration } from '../migration';

/**
 * Deleting a partner moves it to "Recently deleted" for 30 days (`deleted_at`) instead of
 * removing it. Only archived partners can be deleted, so the board's and search's
 * `archived_at IS NULL` conditions already leave deleted partners out; the archive list and the
 * same-name check exclude them explicitly. Start-up purges those deleted more than 30 days ago.
 */
export const recycleBin: Migration = {
  version: 5,
  name: 'recycle bin',
  up(db) {
    db.exec(`
      ALTER TABLE partners ADD COLUMN deleted_at TEXT;
      CREATE INDEX partners_deleted ON partners (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};
