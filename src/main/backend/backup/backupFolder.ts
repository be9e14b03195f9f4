import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  type BackupInfo,
  type BackupReason,
  backupFileName,
  parseBackupFileName,
} from '../../../shared/backup';
import { backupsToKeep } from '../../../shared/backupRotation';
import { AppError } from '../errors';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { fsyncDir, fsyncFile, writeFileAtomically } from './files';

/**
 * The `backups/` folder beside the database. Each backup is a complete SQLite file written
 * with `VACUUM INTO` (a consistent snapshot, even while the app writes), checked with
 * `quick_check` under a temporary name and only then renamed into place, so a file with a
 * backup's name is always whole. A small JSON file beside it (written atomically) holds what
 * the list shows, so that listing never opens a database.
 */

export const backupsFolderName = 'backups';
const tempPrefix = '.incomplete-';

interface Sidecar {
  partners: number;
  sizeBytes: number;
  verified: boolean;
}

/** Partners that are not in "Recently deleted" (older schemas have no such column). */
export function countPartners(db: Db): number {
  const hasDeletedAt = db
    .prepare<[], number>(
      "SELECT count(*) FROM pragma_table_info('partners') WHERE name = 'deleted_at'",
    )
    .pluck()
    .get();
  return (
    db
      .prepare<[], number>(
        `SELECT count(*) FROM partners${hasDeletedAt ? ' WHERE deleted_at IS NULL' : ''}`,
      )
      .pluck()
      .get() ?? 0
  );
}

/** "ok", or the first problems `quick_check` reports, in one line. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const lines = rows.map((r) => r.quick_check);
  return lines.length === 1 && lines[0] === 'ok' ? 'ok' : lines.join('; ');
}

function unusedName(dir: string, at: Date, version: number, reason: BackupReason): string {
  let ms = at.getTime();
  let name = backupFileName(new Date(ms), version, reason);
  while (fs.existsSync(path.join(dir, name))) {
    ms += 1;
    name = backupFileName(new Date(ms), version, reason);
  }
  return name;
}

/** Writes, checks and renames one backup of `db`; answers what the list will show. */
export function writeBackup(db: Db, dir: string, reason: BackupReason, now: Date): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const version = schemaVersion(db);
  const name = unusedName(dir, now, version, reason);
  const temp = path.join(dir, `${tempPrefix}${name}`);
  const final = path.join(dir, name);
  fs.rmSync(temp, { force: true });
  let partners: number;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = new Database(temp, { fileMustExist: true });
    try {
      // A standalone file: opening it later creates no -wal/-shm beside it.
      copy.pragma('journal_mode = DELETE');
      const check = quickCheck(copy);
      if (check !== 'ok') throw new Error(`the copy failed its check: ${check}`);
      partners = countPartners(copy);
    } finally {
      copy.close();
    }
    fsyncFile(temp);
    fs.renameSync(temp, final);
    fsyncDir(dir);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError(
      'internal',
      `The backup could not be written to ${dir} (${(error as Error).message}). Your data is unchanged.`,
    );
  }
  const sizeBytes = fs.statSync(final).size;
  const sidecar: Sidecar = { partners, sizeBytes, verified: true };
  writeFileAtomically(`${final}.json`, JSON.stringify(sidecar));
  return {
    name,
    createdAt: new Date(parseBackupFileName(name)?.createdAt ?? now).toISOString(),
    reason,
    schemaVersion: version,
    sizeBytes,
    partners,
    verified: true,
  };
}

function readSidecar(file: string): Sidecar | null {
  try {
    const value = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as Partial<Sidecar>;
    return typeof value.partners === 'number' && typeof value.sizeBytes === 'number'
      ? { partners: value.partners, sizeBytes: value.sizeBytes, verified: value.verified === true }
      : null;
  } catch {
    return null;
  }
}

/** Every backup in the folder, newest first. A missing folder has none. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const list: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      continue;
    }
    const sidecar = readSidecar(file);
    list.push({
      name,
      ...parsed,
      sizeBytes: size,
      partners: sidecar?.partners ?? null,
      // A file that changed size since it was checked is no longer trusted.
      verified: sidecar !== null && sidecar.verified && sidecar.sizeBytes === size,
    });
  }
  return list.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Applies the rotation policy (src/shared/backupRotation.ts); answers the names removed. */
export function rotateBackups(dir: string, now: Date): string[] {
  const { remove } = backupsToKeep(listBackups(dir), now);
  for (const name of remove) {
    fs.rmSync(path.join(dir, name), { force: true });
    fs.rmSync(path.join(dir, `${name}.json`), { force: true });
  }
  return remove;
}

/** Leftovers of a backup interrupted by a crash. */
export function removeIncompleteBackups(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(tempPrefix)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
