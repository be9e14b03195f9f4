import { z } from 'zod';

/** Why a backup was made; shown beside it in the list. */
export const backupReasons = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupReasonLabels: Record<BackupReason, string> = {
  daily: 'Automatic',
  manual: 'Backed up by you',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

/** One backup file in the data folder's `backups/`. */
export interface BackupInfo {
  /** The file name; also how a restore names it. */
  name: string;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: number;
  sizeBytes: number;
  /** Null when its details could not be read (the file is kept, not trusted). */
  partners: number | null;
  /** Checked with `quick_check` when it was written. */
  verified: boolean;
}

/** What the backend found when it opened the data folder. */
export type StartupState =
  | { state: 'ok' }
  /** Damage was found at start-up and the coordinator chose a way out in this session. */
  | { state: 'recovered'; damagedFile: string; how: 'restored' | 'empty' }
  /** The database failed its check; it was renamed and kept, nothing was opened. */
  | {
      state: 'damaged';
      damagedFile: string;
      problem: string;
      newestBackup: BackupInfo | null;
    }
  /** The data folder or database cannot be used at all (missing, unreadable, newer version). */
  | { state: 'unavailable'; message: string };

export interface RestoreResult {
  /** What was restored: a backup from the list or a file the coordinator chose. */
  source: { kind: 'backup'; createdAt: string } | { kind: 'file'; fileName: string };
  partners: number;
  /** Set when the restored data came from an older version and was upgraded. */
  upgradedFrom: number | null;
  /** The backup of the data that was replaced; null when there was none (after damage). */
  safetyBackup: BackupInfo | null;
}

/** `partnerloom-2026-11-23T15-04-05-123Z-v3-manual.sqlite` */
const namePattern =
  /^partnerloom-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-v(\d+)-([a-z-]+)\.sqlite$/;

export const backupNameSchema = z
  .string()
  .max(200)
  .regex(namePattern, { error: 'Choose a backup from the list.' });

/** The largest database file a restore accepts. */
export const maxRestoreFileBytes = 128 * 1024 * 1024;

export const restoreFileSchema = z.strictObject({
  fileName: z.string().max(500),
  dataBase64: z
    .string()
    .min(1, { error: 'The chosen file is empty.' })
    .max(Math.ceil(maxRestoreFileBytes / 3) * 4, {
      error: 'The chosen file is larger than 128 MB, too large to be a Partnerloom database.',
    }),
});

export function backupFileName(createdAt: Date, schemaVersion: number, reason: BackupReason) {
  const stamp = createdAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `partnerloom-${stamp}-v${schemaVersion}-${reason}.sqlite`;
}

/** The date, schema version and reason a backup's file name carries; null for other files. */
export function parseBackupFileName(
  name: string,
): { createdAt: string; schemaVersion: number; reason: BackupReason } | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, day, hh, mm, ss, ms, version, reason] = m;
  const createdAt = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  if (!(backupReasons as readonly string[]).includes(reason ?? '')) return null;
  return { createdAt, schemaVersion: Number(version), reason: reason as BackupReason };
}
