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
 *
 * Foreign keys are switched off while migrations run (SQLite ignores that switch inside a
 * transaction, so it happens before): otherwise rebuilding a table — the only way to change a
 * CHECK list — would cascade-delete every row that refers to it. Before committing,
 * `foreign_key_check` must find nothing, so no migration can leave dangling references.
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
  if (target > migrations.length) throw new Error(`There is no migration ${target}.`);
  const current = schemaVersion(db);
  if (current > migrations.length) throw tooNewError(current, migrations.length);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      const dangling = db.pragma('foreign_key_check') as { table: string }[];
      if (dangling.length > 0) {
        throw new Error(
          `Migration left ${dangling.length} broken reference(s), first in table ${dangling[0]?.table}.`,
        );
      }
      db.pragma(`user_version = ${target}`);
    })();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return pending.map((m) => m.version);
}
