import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../src/main/backend/db/connection';

/**
 * Every row of every ordinary table, in primary-key order: two databases hold the same data
 * exactly when their dumps are equal. The search index is SQLite's own virtual table; it is
 * compared through search results instead.
 */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare<[], string>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'partner_search_%' ORDER BY name`,
    )
    .pluck()
    .all();
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().all()]),
  );
}

/** Overwrites `length` bytes from the middle of the file with noise (a failing disk). */
export function damageMiddle(file: string, length = 64 * 1024): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    const noise = Buffer.alloc(Math.min(length, Math.floor(size / 2)));
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919 + 13) % 251;
    fs.writeSync(fd, noise, 0, noise.length, Math.floor(size / 2 / 4096) * 4096);
  } finally {
    fs.closeSync(fd);
  }
}

export const filesIn = (dir: string) => fs.readdirSync(dir).sort();

export const backupsIn = (dataDir: string) =>
  filesIn(path.join(dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'));
