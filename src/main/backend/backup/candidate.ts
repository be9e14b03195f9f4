import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { startsLikeSqlite } from '../db/connection';
import { latestSchemaVersion } from '../db/migrations';
import { countPartners, quickCheck } from './backupFolder';

/** Tables every Partnerloom database has had since its first version. */
const requiredTables = [
  'institution',
  'partners',
  'contacts',
  'interactions',
  'phase_history',
  'checklist_state',
];

/**
 * Checks a file that is about to replace the database: SQLite, sound (`quick_check`), with
 * Partnerloom's tables, from this version or an older one. `file` is a private copy: it is
 * turned into a standalone file (no write-ahead log) on the way. `label` names it in messages.
 */
export function inspectCandidate(
  file: string,
  label: string,
): { schemaVersion: number; partners: number } {
  const notOurs = () =>
    new AppError(
      'invalid_input',
      `${label} is not a Partnerloom database, so it was not restored. Your data is unchanged.`,
    );
  if (!startsLikeSqlite(file)) throw notOurs();
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const check = quickCheck(db);
    if (check !== 'ok') {
      throw new AppError(
        'invalid_input',
        `${label} is damaged (${check}), so it was not restored. Your data is unchanged.`,
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestSchemaVersion) {
      throw new AppError(
        'unsupported_database',
        `${label} was saved by a newer version of Partnerloom (data format ${version}; this version understands up to ${latestSchemaVersion}). ` +
          'Install the newer version to restore it. Your data is unchanged.',
      );
    }
    const tables = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(),
    );
    if (version === 0 || requiredTables.some((t) => !tables.has(t))) throw notOurs();
    return { schemaVersion: version, partners: countPartners(db) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'invalid_input',
      `${label} could not be read as a database (${(error as Error).message}), so it was not restored. Your data is unchanged.`,
    );
  } finally {
    db?.close();
  }
}
