import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePartners } from '../../src/main/backend/dev/generatePartners';
import { openConnection } from '../../src/main/backend/db/connection';
import { migrate } from '../../src/main/backend/db/migrate';
import { latestSchemaVersion, migrations } from '../../src/main/backend/db/migrations';
import { checkAhead, databaseFileName } from '../../src/main/backend/db/store';
import { fixedClock, tempDir, testBackend } from './helpers/backend';
import { damageMiddle, dumpTables, filesIn } from './helpers/dataDump';
import { createPartner, must, refused } from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A data folder with 300 partners and a backup of them, then damaged in the middle. */
async function damagedFolder() {
  const dataDir = tempDir();
  const backend = testBackend({ dataDir });
  generatePartners(backend.db, { count: 300, seed: 7, now: new Date('2026-02-01T09:00:00Z') });
  const saved = dumpTables(backend.db);
  const backup = await must(backend, 'backUpNow', undefined);
  // Made after the backup: lost with the damage, as the screen says.
  await createPartner(backend, { name: 'Since the backup' });
  backend.close();
  const file = path.join(dataDir, databaseFileName);
  damageMiddle(file);
  return { dataDir, file, saved, backup, damagedSha: sha(file) };
}

describe('start-up with a damaged database', () => {
  it('keeps the damaged file, says so, and restores the newest good backup on request', async () => {
    const { dataDir, file, saved, backup, damagedSha } = await damagedFolder();

    const backend = testBackend({ dataDir, clock: fixedClock('2026-03-01T10:00:00.000Z') });
    const state = backend.startupState();
    expect(state).toMatchObject({ state: 'damaged', newestBackup: { name: backup.name } });
    if (state.state !== 'damaged') return;
    // Renamed, byte for byte the same; nothing at the old name.
    expect(path.basename(state.damagedFile)).toBe(
      'partnerloom.damaged-2026-03-01T10-00-00Z.sqlite',
    );
    expect(sha(state.damagedFile)).toBe(damagedSha);
    expect(fs.existsSync(file)).toBe(false);
    expect(await must(backend, 'getStartupState', undefined)).toEqual(state);

    // Data requests are refused with a sentence; the backups can still be listed.
    const refusal = await refused(backend, 'getBoard', undefined);
    expect(refusal).toMatchObject({ code: 'unsupported_database' });
    expect(refusal.message).toMatch(/Restore a backup or start with an empty database/);
    expect(await must(backend, 'listBackups', undefined)).toEqual([backup]);
    expect((await refused(backend, 'backUpNow', undefined)).code).toBe('unsupported_database');

    const result = await must(backend, 'restoreBackup', { name: backup.name });
    expect(result).toMatchObject({ partners: 300, safetyBackup: null });
    expect(await must(backend, 'getStartupState', undefined)).toEqual({
      state: 'recovered',
      damagedFile: state.damagedFile,
      how: 'restored',
    });
    expect(dumpTables(backend.db)).toEqual(saved);
    expect(decodeBoard(await must(backend, 'getBoard', undefined)).cards.length).toBeGreaterThan(0);
    expect(sha(state.damagedFile)).toBe(damagedSha);
    // The backup restored from is still there, unchanged in the list.
    expect(await must(backend, 'listBackups', undefined)).toEqual([backup]);
  });

  it('starts with an empty database on request, still keeping the damaged file', async () => {
    const { dataDir, damagedSha } = await damagedFolder();
    const backend = testBackend({ dataDir });
    const state = backend.startupState();
    if (state.state !== 'damaged') throw new Error(`Expected damage, found ${state.state}`);

    expect(await must(backend, 'startEmpty', undefined)).toEqual({
      state: 'recovered',
      damagedFile: state.damagedFile,
      how: 'empty',
    });
    expect(decodeBoard(await must(backend, 'getBoard', undefined)).cards).toEqual([]);
    expect(sha(state.damagedFile)).toBe(damagedSha);
    expect((await refused(backend, 'startEmpty', undefined)).code).toBe('conflict');
    backend.close();

    // The next start is an ordinary one.
    const again = testBackend({ dataDir });
    expect(again.startupState()).toEqual({ state: 'ok' });
    expect(filesIn(dataDir).filter((f) => f.includes('damaged'))).toEqual([
      path.basename(state.damagedFile),
    ]);
  });

  it('sets aside a file that is not a database at all', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, databaseFileName);
    fs.writeFileSync(file, 'these are not the bytes of a database'.repeat(200));
    const before = sha(file);
    const state = testBackend({ dataDir }).startupState();
    expect(state).toMatchObject({ state: 'damaged', newestBackup: null });
    if (state.state === 'damaged') expect(sha(state.damagedFile)).toBe(before);
  });
});

describe('start-up with the check in a worker thread (the app)', () => {
  it('finds the damage before anything is opened for writing, and sets the file aside', async () => {
    const { dataDir, file, backup, damagedSha } = await damagedFolder();
    // The verdict comes from the worker itself (undefined would mean "check on this thread").
    const verdict = await checkAhead(dataDir);
    expect(verdict).toMatch(/\S/);
    expect(sha(file)).toBe(damagedSha);
    expect(filesIn(dataDir).filter((f) => f.startsWith(databaseFileName))).toEqual([
      databaseFileName,
    ]);

    const backend = testBackend({
      dataDir,
      clock: fixedClock('2026-03-01T10:00:00.000Z'),
      checkInBackground: true,
    });
    // Asked at once, before the check has finished: the answer waits for it.
    const state = await must(backend, 'getStartupState', undefined);
    expect(state).toMatchObject({
      state: 'damaged',
      problem: verdict,
      newestBackup: { name: backup.name },
    });
    if (state.state !== 'damaged') return;
    expect(sha(state.damagedFile)).toBe(damagedSha);
    expect(fs.existsSync(file)).toBe(false);
    expect((await refused(backend, 'getBoard', undefined)).code).toBe('unsupported_database');
  });

  it('opens sound data once checked, leaving no trace of the read-only check', async () => {
    const dataDir = tempDir();
    const first = testBackend({ dataDir });
    generatePartners(first.db, { count: 50, seed: 3, now: new Date('2026-02-01T09:00:00Z') });
    first.close();
    expect(await checkAhead(dataDir)).toBeNull();
    expect(filesIn(dataDir).filter((f) => f.startsWith(databaseFileName))).toEqual([
      databaseFileName,
    ]);

    const backend = testBackend({ dataDir, checkInBackground: true });
    expect(() => backend.db).toThrow(/No data is open/);
    const board = decodeBoard(await must(backend, 'getBoard', undefined));
    expect(board.cards).toHaveLength(50);
    expect(backend.startupState()).toEqual({ state: 'ok' });
  });

  it('has nothing to check in a new data folder', async () => {
    const dataDir = tempDir();
    expect(await checkAhead(dataDir)).toBeUndefined();
    const backend = testBackend({ dataDir, checkInBackground: true });
    expect(decodeBoard(await must(backend, 'getBoard', undefined)).cards).toEqual([]);
  });
});

describe('start-up without usable data', () => {
  it('explains a data folder that cannot be created, and changes nothing', async () => {
    const parent = tempDir();
    const notAFolder = path.join(parent, 'file');
    fs.writeFileSync(notAFolder, 'x');
    const backend = testBackend({ dataDir: path.join(notAFolder, 'data') });
    const state = backend.startupState();
    expect(state).toMatchObject({ state: 'unavailable' });
    if (state.state === 'unavailable') {
      expect(state.message).toMatch(/cannot be created or written to/);
    }
    expect((await refused(backend, 'getBoard', undefined)).code).toBe('unsupported_database');
    expect(await must(backend, 'listBackups', undefined)).toEqual([]);
    expect(filesIn(parent)).toEqual(['file']);
  });

  it('refuses data from a newer version untouched, and restores nothing over it', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, databaseFileName);
    const db = openConnection(file);
    migrate(db, migrations);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const before = sha(file);
    const backend = testBackend({ dataDir });
    const state = backend.startupState();
    expect(state).toMatchObject({ state: 'unavailable' });
    if (state.state === 'unavailable') expect(state.message).toMatch(/newer version/);
    const error = await refused(backend, 'restoreFromFile', {
      fileName: 'x.sqlite',
      dataBase64: fs.readFileSync(file).toString('base64'),
    });
    expect(error.code).toBe('conflict');
    expect(sha(file)).toBe(before);
  });
});
