import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../../src/main/backend/db/connection';
import { batchOf, batchTime } from './crashBatchShape';

/**
 * What tests/unit/crash-safety.child.ts writes per batch, how its rows are recognised, and the
 * check that every batch in a database is whole.
 */

const root = path.resolve(__dirname, '../../..');

/**
 * Bundles the child (TypeScript, the app's own modules) into one CommonJS file for Node,
 * before the file's tests, into a folder of this test process (files may run side by side),
 * removed after them. Answers the script's path, known once the tests run.
 */
export function useCrashChild(): () => string {
  // Inside the project, so that Node finds better-sqlite3 from there.
  const dir = path.join(root, 'node_modules/.cache', `partnerloom-crash-child-${process.pid}`);
  const script = path.join(dir, 'crash-child.cjs');
  beforeAll(async () => {
    const { build } = await import('vite');
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        ssr: path.join(root, 'tests/unit/crash-safety.child.ts'),
        outDir: dir,
        emptyOutDir: true,
        minify: false,
        rollupOptions: { output: { format: 'cjs', entryFileNames: 'crash-child.cjs' } },
      },
    });
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => script;
}

export interface RunningChild {
  child: ChildProcess;
  /** Batch ids printed so far (committed, by the child's word). */
  printed: number[];
  ready: Promise<void>;
  exited: Promise<void>;
}

export function startCrashChild(script: string, file: string): RunningChild {
  const child = spawn(process.execPath, [script, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed: number[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      else printed.push(Number(line));
    });
    child.once('exit', (code, signal) => {
      if (signal === null) reject(new Error(`The child stopped by itself (${code}): ${stderr}`));
    });
  });
  ready.catch(() => undefined);
  return { child, printed, ready, exited };
}

/**
 * Checks that every batch in the database is whole and that no row belongs to a batch that
 * did not commit; answers the committed batch ids, ascending.
 */
export function committedBatches(db: Db): number[] {
  const hasTable = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'crash_batches'")
    .pluck()
    .get();
  // Killed before its first batch: the schema may be missing or half made, but holds no rows.
  if (!hasTable) {
    const partnersTable = db
      .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'partners'")
      .pluck()
      .get();
    if (partnersTable && db.prepare('SELECT count(*) FROM partners').pluck().get() !== 0) {
      throw new Error('Partners were written before any batch committed.');
    }
    return [];
  }
  const batches = hasTable
    ? db
        .prepare<[], { id: number; at: string; created: number; moved: number }>(
          'SELECT id, at, created, moved FROM crash_batches ORDER BY id',
        )
        .all()
    : [];
  const committed = new Set(batches.map((b) => b.id));
  const count = (sql: string) =>
    new Map(
      db
        .prepare<[], { at: string; n: number }>(sql)
        .all()
        .map((r) => [batchOf(r.at), r.n]),
    );
  const partners = count('SELECT created_at AS at, count(*) AS n FROM partners GROUP BY 1');
  const contacts = count('SELECT created_at AS at, count(*) AS n FROM contacts GROUP BY 1');
  const history = count('SELECT moved_at AS at, count(*) AS n FROM phase_history GROUP BY 1');
  const logbook = count('SELECT created_at AS at, count(*) AS n FROM interactions GROUP BY 1');
  const problems: string[] = [];
  for (const b of batches) {
    if (b.at !== new Date(batchTime(b.id)).toISOString()) problems.push(`batch ${b.id}: time`);
    if (partners.get(b.id) !== b.created) problems.push(`batch ${b.id}: partners`);
    if (contacts.get(b.id) !== b.created) problems.push(`batch ${b.id}: contacts`);
    if ((history.get(b.id) ?? 0) !== b.created + b.moved) problems.push(`batch ${b.id}: moves`);
    if ((logbook.get(b.id) ?? 0) !== (b.moved > 0 ? 1 : 0)) problems.push(`batch ${b.id}: log`);
  }
  for (const [name, rows] of Object.entries({ partners, contacts, history, logbook })) {
    for (const id of rows.keys()) {
      if (!committed.has(id)) problems.push(`${name} rows of batch ${id}, which did not commit`);
    }
  }
  if (problems.length > 0) throw new Error(`Broken batches: ${problems.slice(0, 5).join('; ')}`);
  return batches.map((b) => b.id);
}
