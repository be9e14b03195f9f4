import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { writeBackup } from '../../src/main/backend/backup/backupFolder';
import { openConnection } from '../../src/main/backend/db/connection';
import { tempDir } from './helpers/backend';
import { committedBatches, startCrashChild, useCrashChild } from './helpers/crashBatches';

const crashChild = useCrashChild();

describe('a backup taken while another process writes', () => {
  it('is a consistent snapshot: sound, and holding only whole batches', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'partnerloom.sqlite');
    const writer = startCrashChild(crashChild(), file);
    await writer.ready;
    const db = openConnection(file);
    const backups: { name: string; printedBefore: number }[] = [];
    try {
      for (let i = 0; i < 5; i += 1) {
        const seen = writer.printed.length;
        // A few more batches between backups, so that each lands in the middle of writing.
        await vi.waitFor(() => expect(writer.printed.length).toBeGreaterThan(seen + 3), {
          timeout: 20_000,
          interval: 5,
        });
        const printedBefore = Math.max(...writer.printed);
        const info = writeBackup(
          db,
          path.join(dataDir, 'backups'),
          'manual',
          new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        );
        backups.push({ name: info.name, printedBefore });
      }
    } finally {
      writer.child.kill('SIGKILL');
      await writer.exited;
      db.close();
    }

    let previous = 0;
    for (const { name, printedBefore } of backups) {
      const copy = new Database(path.join(dataDir, 'backups', name), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const committed = committedBatches(copy);
        // Batches 1…n, n at least what had been reported before the backup began.
        expect(committed).toEqual(Array.from({ length: committed.length }, (_, i) => i + 1));
        expect(committed.length).toBeGreaterThanOrEqual(printedBefore);
        expect(committed.length).toBeGreaterThanOrEqual(previous);
        previous = committed.length;
      } finally {
        copy.close();
      }
    }
  }, 60_000);
});
