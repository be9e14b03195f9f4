import path from 'node:path';
import fs from 'node:fs';
import { backupsFolderName, quickCheck, writeBackup } from '../backup/backupFolder';
import { AppError } from '../errors';
import Database from 'better-sqlite3';
import {
  busyTimeoutMs,
  type Db,
  openConnection,
  peekSchemaVersion,
  startsLikeSqlite,
} from './connection';
import { checkMmapBytes, type QuickCheckAnswer, quickCheckInWorker } from './quickCheckWorker';
import { migrate, schemaVersion, tooNewError } from './migrate';
import { latestSchemaVersion, migrations } from './migrations';

export const databaseFileName = 'partnerloom.sqlite';

/** The database opened and checked, or the reason it is damaged (nothing was changed). */
export type OpenedStore = { db: Db } | { damaged: string };

/** Whether the database holds any partner or the institution profile (a fresh file holds none). */
export function hasData(db: Db): boolean {
  if (schemaVersion(db) === 0) return false;
  return (
    db
      .prepare<[], number>(
        'SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM institution)',
      )
      .pluck()
      .get() !== 0
  );
}

/** SQLite's words for a file whose bytes are not a sound database. */
function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
  );
}

/** The verdict of a check: null when `quick_check` passed, what it found otherwise. */
type CheckVerdict = string | null;

/** What `quick_check` answered, or the message of a corruption error raised while reading. */
function verdictOf(answer: QuickCheckAnswer): CheckVerdict {
  if ('lines' in answer) {
    return answer.lines.length === 1 && answer.lines[0] === 'ok' ? null : answer.lines.join('; ');
  }
  if (isCorruption(answer.error)) return answer.error.message;
  throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
}

/**
 * Reading a WAL database creates an (empty) -wal and an -shm index beside it; those that were
 * not there before the check are removed again after it, so the check leaves no trace.
 */
function companionsToRemove(file: string): () => void {
  const created = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(file + suffix));
  return () => {
    for (const suffix of created) {
      const companion = file + suffix;
      if (fs.existsSync(companion) && (suffix === '-shm' || fs.statSync(companion).size === 0)) {
        fs.rmSync(companion, { force: true });
      }
    }
  };
}

/** `quick_check` on a read-only connection, on this thread. */
function checkReadOnly(file: string): CheckVerdict {
  const cleanUp = companionsToRemove(file);
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    db.pragma(`mmap_size = ${checkMmapBytes}`);
    const check = quickCheck(db);
    return check === 'ok' ? null : check;
  } catch (error) {
    if (isCorruption(error)) return (error as Error).message;
    throw error;
  } finally {
    db?.close();
    cleanUp();
  }
}

/**
 * The same check in a worker thread, ahead of `openCheckedStore`, so that start-up does not
 * hold the main thread while it reads the whole file. Undefined when there is nothing to check
 * yet (no database file) or the worker could not answer: `openCheckedStore` then checks itself.
 */
export async function checkAhead(dataDir: string): Promise<CheckVerdict | undefined> {
  const file = path.join(dataDir, databaseFileName);
  if (!fs.existsSync(file) || fs.statSync(file).size === 0 || !startsLikeSqlite(file)) {
    return undefined;
  }
  const cleanUp = companionsToRemove(file);
  try {
    return verdictOf(await quickCheckInWorker(file));
  } catch {
    return undefined;
  } finally {
    cleanUp();
  }
}

/**
 * Opens the data folder's database, creating the folder and file on first use, checks it
 * with `quick_check`, and migrates older schemas — after a backup into `backups/` when the
 * database already holds data. `checked` is the verdict of `checkAhead` on the same file, when it
 * was checked already. Throws AppError when the folder cannot be used or the data is
 * from a newer version (nothing is written then); answers `damaged` when the file is not a
 * sound database (nothing is changed either: what to do with it is the caller's choice).
 */
export function openCheckedStore(
  dataDir: string,
  now: () => Date = () => new Date(),
  checked?: CheckVerdict,
): OpenedStore {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new AppError(
      'unsupported_database',
      `The data folder ${dataDir} cannot be created or written to (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). ` +
        'Check that it exists and that you may write to it.',
    );
  }
  const file = path.join(dataDir, databaseFileName);
  if (fs.existsSync(file) && fs.statSync(file).size > 0 && !startsLikeSqlite(file)) {
    return { damaged: 'the file does not start like a database' };
  }
  let found: number | null;
  try {
    found = peekSchemaVersion(file);
  } catch (error) {
    return { damaged: (error as Error).message };
  }
  if (found !== null && found > latestSchemaVersion) throw tooNewError(found, latestSchemaVersion);
  if (found !== null) {
    // Read-only first: a damaged file is never written to, not even by a checkpoint on close.
    const problem = checked === undefined ? checkReadOnly(file) : checked;
    if (problem !== null) return { damaged: problem };
  }
  let db: Db | undefined;
  try {
    db = openConnection(file);
    if (schemaVersion(db) < latestSchemaVersion && hasData(db)) {
      writeBackup(db, path.join(dataDir, backupsFolderName), 'before-migration', now());
    }
    migrate(db, migrations);
    return { db };
  } catch (error) {
    if (db?.open) db.close();
    if (isCorruption(error)) return { damaged: (error as Error).message };
    throw error;
  }
}

/**
 * `openCheckedStore` for tools that cannot offer a recovery (the data generator, tests): a
 * damaged database is refused, untouched.
 */
export function openStore(dataDir: string): Db {
  const opened = openCheckedStore(dataDir);
  if ('db' in opened) return opened.db;
  throw new AppError(
    'unsupported_database',
    `The data file ${path.join(dataDir, databaseFileName)} could not be read as a Partnerloom database (${opened.damaged}). It has not been changed.`,
  );
}
