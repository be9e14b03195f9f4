import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors';

export type Db = Database.Database;

/**
 * Reads `PRAGMA user_version` without changing the file (read-only, no journal-mode switch),
 * so that a database from a newer app version can be refused untouched. Null: no file yet.
 */
export function peekSchemaVersion(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new AppError(
      'unsupported_database',
      `The data file ${file} could not be read as a Partnerloom database (${(error as Error).message}). It has not been changed.`,
    );
  } finally {
    db?.close();
  }
}

/** Opens (or creates) the database with the durability settings of DESIGN.md §2. */
export function openConnection(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
