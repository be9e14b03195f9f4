import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors';

export type Db = Database.Database;

export const busyTimeoutMs = 5000;
const sqliteMagic = 'SQLite format 3\0';

function unreadable(file: string, reason: string): AppError {
  return new AppError(
    'unsupported_database',
    `The data file ${file} could not be read as a Partnerloom database (${reason}). It has not been changed.`,
  );
}

/**
 * Reads the schema version (`PRAGMA user_version`) without changing anything on disk, so that
 * a database from a newer app version can be refused untouched. Null: no file yet.
 *
 * Without a -wal file the version is read from the header bytes: opening a WAL database, even
 * read-only, would create -wal/-shm files beside it. With a -wal file (the app is running or
 * was stopped abruptly) the newest header may be in the log, so SQLite itself is asked.
 */
export function peekSchemaVersion(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const size = fs.statSync(file).size;
  if (size === 0) return 0; // SQLite treats an empty file as a new database.
  if (!fs.existsSync(`${file}-wal`)) {
    const header = Buffer.alloc(100);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (size < 100 || header.toString('latin1', 0, 16) !== sqliteMagic) {
      throw unreadable(file, 'file is not a database');
    }
    return header.readUInt32BE(60);
  }
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw unreadable(file, (error as Error).message);
  } finally {
    db?.close();
  }
}

/** Whether the file begins with SQLite's header (a cheap first test before opening it). */
export function startsLikeSqlite(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === sqliteMagic;
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens (or creates) the database with the durability settings of DESIGN.md §2. */
export function openConnection(file: string): Db {
  const db = new Database(file, { timeout: busyTimeoutMs });
  // First, so that the statements below wait for another process instead of failing.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}
