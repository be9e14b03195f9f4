import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Backend, createBackend } from '../src/main/backend';
import { systemClock } from '../src/main/backend/clock';
import { databaseFileName } from '../src/main/backend/db/store';
import { generatePartners } from '../src/main/backend/dev/generatePartners';
import { createExportFolderPlatform } from '../src/main/backend/exportFolder';

/** Every folder the run makes lives under one temporary folder, removed at the end. */
export function createWorkspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerloom-bench-'));
  let copies = 0;
  return {
    root,
    /** A private copy of a data folder, for a measurement that writes. */
    copy(dataDir: string): string {
      const target = path.join(root, `copy-${++copies}`);
      fs.cpSync(dataDir, target, { recursive: true });
      return target;
    },
    remove(): void {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
export type Workspace = ReturnType<typeof createWorkspace>;

/** The backend as the app starts it, on `dataDir`; no daily backup during a measurement. */
export function openBackend(dataDir: string, checkInBackground = false): Backend {
  return createBackend({
    dataDir,
    version: '0.0.0-bench',
    platform: createExportFolderPlatform('browser', path.join(dataDir, 'exports')),
    clock: systemClock,
    log: (message, error) => console.error(message, error),
    dailyBackupDelayMs: 24 * 60 * 60 * 1000,
    checkInBackground,
  });
}

/**
 * A data folder with `count` partners from the development generator (seeded, so every run
 * measures the same data) and one backup, so that the app's daily backup does not start in
 * the middle of a measurement.
 */
export async function generateDataSet(
  workspace: Workspace,
  count: number,
  seed = 1,
): Promise<{ dataDir: string; seconds: number; megabytes: number }> {
  const dataDir = path.join(workspace.root, `partners-${count}-seed-${seed}`);
  const backend = openBackend(dataDir);
  let seconds: number;
  try {
    const started = performance.now();
    generatePartners(backend.db, { count, seed, now: new Date() });
    seconds = (performance.now() - started) / 1000;
    const backup = await backend.call('backUpNow', undefined);
    if (!backup.ok) throw new Error(`The backup of the data set failed: ${backup.error.message}`);
  } finally {
    backend.close();
  }
  const megabytes = fs.statSync(path.join(dataDir, databaseFileName)).size / 1e6;
  return { dataDir, seconds, megabytes };
}
