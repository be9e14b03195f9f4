import { AppError } from '../errors';
import type { Db } from './connection';
import type { Migration } from './migration';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function tooNewError(found: number, supported: number): AppError {
  return new AppError(
    'unsupported_database',
    `This data was saved by a newer version of Partnerloom (data format ${found}; this version understands up to ${supported}). ` +
      'Install the newer version to open it. Nothing has been changed.',
  );
}

/**
 * Brings the schema up to `target` (default: the newest). All pending migrations and the new
 * `user_version` are applied in one transaction: a failure leaves the database as it was.
 * Returns the versions applied.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  target = migrations.length,
): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" is out of order.`);
  });
  const current = schemaVersion(db);
  if (current > migrations.length) throw tooNewError(current, migrations.length);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${target}`);
  })();
  return pending.map((m) => m.version);
}
