import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreResult, StartupState } from '../../../shared/backup';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { checkAhead, databaseFileName, hasData, openCheckedStore } from '../db/store';
import { AppError } from '../errors';
import {
  backupsFolderName,
  listBackups,
  removeIncompleteBackups,
  rotateBackups,
  writeBackup,
} from './backupFolder';
import { inspectCandidate } from './candidate';
import { fsyncDir } from './files';

export interface DataSafetyOptions {
  dataDir: string;
  clock: Clock;
  /** Each database opened (at start-up, after a restore or a fresh start): wire it up. */
  opened(db: Db): void;
  /** The database is about to be closed: stop using it. */
  closing(): void;
  log(message: string, error: unknown): void;
  /**
   * How long after start-up the daily backup runs, so that it does not hold up the first
   * window (about a second at 10,000 partners). 0: during start-up itself.
   */
  dailyBackupDelayMs: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const restorePrefix = '.restoring-';
/** SQLite's companions of a database file. */
const companions = ['-wal', '-shm', '-journal'];

/** The answer to any data request while no database is open (damaged or unavailable data). */
export const noDataOpen = (): AppError =>
  new AppError(
    'unsupported_database',
    'No data is open right now. Restore a backup or start with an empty database first.',
  );

const stampOf = (at: Date) =>
  at
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Owns the database's life: opening it through the checked start-up path, setting a damaged
 * file aside, automatic and on-demand backups, and replacing the data with a backup or a
 * chosen file. Nothing here deletes or overwrites data that has not been backed up first.
 */
export function createDataSafety(options: DataSafetyOptions) {
  const { dataDir, clock } = options;
  const file = path.join(dataDir, databaseFileName);
  const backupsDir = path.join(dataDir, backupsFolderName);
  let db: Db | null = null;
  let state: StartupState = { state: 'unavailable', message: 'Partnerloom has not started yet.' };
  /** The damaged file set aside at start-up, if any; the way out is remembered in the state. */
  let damagedFile: string | null = null;
  let dailyTimer: NodeJS.Timeout | undefined;

  const newestVerified = (): BackupInfo | null =>
    listBackups(backupsDir).find((b) => b.verified) ?? null;

  /** Renames the database and its companions, so that nothing about them is lost or reused. */
  function setAside(problem: string): void {
    const target = path.join(dataDir, `partnerloom.damaged-${stampOf(clock.now())}.sqlite`);
    try {
      for (const suffix of companions) {
        if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
      }
      fs.renameSync(file, target);
      fsyncDir(dataDir);
    } catch (error) {
      state = {
        state: 'unavailable',
        message:
          `The data file ${file} is damaged (${problem}), and it could not be renamed to keep it safe ` +
          `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Nothing has been changed.`,
      };
      return;
    }
    damagedFile = target;
    state = { state: 'damaged', damagedFile: target, problem, newestBackup: newestVerified() };
  }

  /**
   * Opens the data folder's database through the checked path; sets `state`. `checked`: the
   * verdict of `checkAhead` when the file was checked already.
   */
  function open(checked?: string | null): void {
    let outcome;
    try {
      outcome = openCheckedStore(dataDir, () => clock.now(), checked);
    } catch (error) {
      const message =
        error instanceof AppError
          ? error.message
          : `The data in ${dataDir} could not be opened (${(error as Error).message}). Nothing has been changed.`;
      if (!(error instanceof AppError)) options.log('Opening the database failed', error);
      state = { state: 'unavailable', message };
      return;
    }
    if ('damaged' in outcome) {
      setAside(outcome.damaged);
      return;
    }
    db = outcome.db;
    options.opened(db);
    state = damagedFile ? { state: 'recovered', damagedFile, how: 'restored' } : { state: 'ok' };
  }

  function close(): void {
    clearTimeout(dailyTimer);
    if (!db) return;
    options.closing();
    const closing = db;
    db = null;
    if (closing.open) {
      // Everything into the main file, so that it stands alone once closed.
      closing.pragma('wal_checkpoint(TRUNCATE)');
      closing.close();
    }
  }

  function requireDb(): Db {
    if (!db) throw noDataOpen();
    return db;
  }

  /** At start-up: a backup when the newest is more than a day old (and there is data). */
  function dailyBackup(): void {
    if (!db || !hasData(db)) return;
    const now = clock.now();
    const newest = listBackups(backupsDir)[0];
    if (newest && now.getTime() - Date.parse(newest.createdAt) < dayMs) return;
    try {
      writeBackup(db, backupsDir, 'daily', now);
      rotateBackups(backupsDir, now);
    } catch (error) {
      options.log('The daily backup failed', error);
    }
  }

  /**
   * Replaces the database with `candidate` (a private copy in the data folder): checks it,
   * backs up the current data, closes, swaps the files and opens again through start-up.
   */
  function replaceWith(
    candidate: string,
    label: string,
    source: RestoreResult['source'],
  ): RestoreResult {
    try {
      if (!db && state.state !== 'damaged') {
        throw new AppError(
          'conflict',
          `Nothing can be restored while the data folder cannot be used: ${'message' in state ? state.message : ''}`,
        );
      }
      const found = inspectCandidate(candidate, label);
      const safetyBackup = db ? writeBackup(db, backupsDir, 'before-restore', clock.now()) : null;
      close();
      try {
        // After a clean close the log is empty; a leftover must never be replayed into the
        // restored file.
        for (const suffix of companions) fs.rmSync(file + suffix, { force: true });
        fs.renameSync(candidate, file);
        fsyncDir(dataDir);
      } finally {
        open();
      }
      if (!db) {
        throw new AppError(
          'internal',
          `The restored data could not be opened: ${'message' in state ? state.message : state.state}`,
        );
      }
      if (damagedFile) state = { state: 'recovered', damagedFile, how: 'restored' };
      rotateBackups(backupsDir, clock.now());
      return {
        source,
        partners: found.partners,
        upgradedFrom: found.schemaVersion < schemaVersion(db) ? found.schemaVersion : null,
        safetyBackup,
      };
    } finally {
      fs.rmSync(candidate, { force: true });
    }
  }

  function privateCopyName(): string {
    return path.join(dataDir, `${restorePrefix}${crypto.randomBytes(6).toString('hex')}.sqlite`);
  }

  /** Leftovers of an interrupted backup or restore go first. */
  function tidyUp(): void {
    removeIncompleteBackups(backupsDir);
    for (const name of fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []) {
      if (name.startsWith(restorePrefix)) fs.rmSync(path.join(dataDir, name), { force: true });
    }
  }

  function scheduleDailyBackup(): void {
    if (options.dailyBackupDelayMs === 0) dailyBackup();
    else dailyTimer = setTimeout(dailyBackup, options.dailyBackupDelayMs).unref();
  }

  return {
    /** Opens the database at start-up: checks, migrations, the daily backup. */
    start(): void {
      tidyUp();
      open();
      scheduleDailyBackup();
    },

    /**
     * `start` with the integrity check in a worker thread: the caller goes on (e.g. shows the
     * window) while the file is read; the database is opened, and written to, only once the
     * check has passed. Resolves when it is open or set aside.
     */
    startInBackground(): Promise<void> {
      tidyUp();
      return checkAhead(dataDir)
        .catch(() => undefined)
        .then((checked) => {
          open(checked);
          scheduleDailyBackup();
        });
    },

    close,

    /** The open database; AppError when there is none (damaged, unavailable). */
    db: requireDb,

    startupState(): StartupState {
      return state.state === 'damaged' ? { ...state, newestBackup: newestVerified() } : state;
    },

    listBackups: (): BackupInfo[] => listBackups(backupsDir),

    backUpNow(): BackupInfo {
      const now = clock.now();
      const info = writeBackup(requireDb(), backupsDir, 'manual', now);
      rotateBackups(backupsDir, now);
      return info;
    },

    restoreBackup(name: string): RestoreResult {
      const backup = listBackups(backupsDir).find((b) => b.name === name);
      if (!backup) {
        throw new AppError(
          'not_found',
          'That backup is no longer in the backups folder. The list has been refreshed.',
        );
      }
      const copy = privateCopyName();
      fs.copyFileSync(path.join(backupsDir, name), copy);
      return replaceWith(copy, 'The backup', { kind: 'backup', createdAt: backup.createdAt });
    },

    restoreFromFile(fileName: string, dataBase64: string): RestoreResult {
      const copy = privateCopyName();
      fs.writeFileSync(copy, Buffer.from(dataBase64, 'base64'));
      return replaceWith(copy, `“${fileName}”`, { kind: 'file', fileName });
    },

    /** After damage: a new, empty database. The damaged file stays where it was set aside. */
    startEmpty(): StartupState {
      if (db || state.state !== 'damaged') {
        throw new AppError(
          'conflict',
          'Your data is open and sound; there is nothing to start again from.',
        );
      }
      open();
      if (damagedFile && db) state = { state: 'recovered', damagedFile, how: 'empty' };
      return state;
    },
  };
}

export type DataSafety = ReturnType<typeof createDataSafety>;
