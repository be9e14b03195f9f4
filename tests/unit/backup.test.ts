import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseBackupFileName } from '../../src/shared/backup';
import type { Backend } from '../../src/main/backend';
import { openConnection } from '../../src/main/backend/db/connection';
import { migrate } from '../../src/main/backend/db/migrate';
import { latestSchemaVersion, migrations } from '../../src/main/backend/db/migrations';
import { databaseFileName } from '../../src/main/backend/db/store';
import { fixedClock, tempDir, testBackend, testNow, validInstitution } from './helpers/backend';
import { backupsIn, damageMiddle, dumpTables, filesIn } from './helpers/dataDump';
import {
  contactInput,
  createPartner,
  interactionInput,
  must,
  noFilter,
  refused,
} from './helpers/partners';

const dayMs = 24 * 60 * 60 * 1000;
const daysLater = (days: number) => new Date(Date.parse(testNow) + days * dayMs).toISOString();

/** A data folder with a bit of everything: institution, partners, contacts, logbook, moves… */
async function fillWithData(backend: Backend): Promise<void> {
  await must(backend, 'saveInstitution', validInstitution);
  const a = await createPartner(
    backend,
    { name: 'Łódź Chamber', types: ['training'] },
    contactInput(),
  );
  const b = await createPartner(backend, { name: 'Ærø Kommune', notes: 'Ferry workshops' });
  const c = await createPartner(backend, { name: 'Straße GmbH' });
  await must(backend, 'saveInteraction', {
    partnerId: a,
    id: null,
    interaction: interactionInput({ nextStep: 'Send the LoI', dueOn: '2026-03-10' }),
  });
  await must(backend, 'setChecklistItem', {
    partnerId: a,
    phase: 'scouting',
    actionKey: 'fit_goals',
    done: true,
  });
  await must(backend, 'movePartner', { id: b, toPhase: 'proposal', afterId: null });
  await must(backend, 'archivePartner', { id: c });
  await must(backend, 'deletePartner', { id: c });
}

/** A database in the previous version's format, with one partner. */
function previousVersionDatabase(file: string, partner: string) {
  const db = openConnection(file);
  migrate(db, migrations, latestSchemaVersion - 1);
  db.prepare(
    "INSERT INTO partners (name, position, phase_entered_at, created_at, updated_at) VALUES (?, 1, 'x', 'x', 'x')",
  ).run(partner);
  return db;
}

/** A copy of the data as it is written on disk, read without the app. */
function dumpOf(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return dumpTables(db);
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('“Back up now” writes a checked, standalone copy with its details, and lists it', async () => {
    const backend = testBackend();
    await fillWithData(backend);
    const info = await must(backend, 'backUpNow', undefined);
    expect(info).toMatchObject({
      createdAt: testNow,
      reason: 'manual',
      schemaVersion: latestSchemaVersion,
      partners: 2, // the deleted one is not counted
      verified: true,
    });
    expect(parseBackupFileName(info.name)).toMatchObject({ createdAt: testNow });
    const dir = path.join(path.dirname(backend.db.name), 'backups');
    // The backup and its details, no temporary or journal files.
    expect(filesIn(dir)).toEqual([info.name, `${info.name}.json`]);
    expect(info.sizeBytes).toBe(fs.statSync(path.join(dir, info.name)).size);
    expect(await must(backend, 'listBackups', undefined)).toEqual([info]);

    const copy = new Database(path.join(dir, info.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(dumpOf(path.join(dir, info.name))).toEqual(dumpTables(backend.db));
    expect(filesIn(dir)).toEqual([info.name, `${info.name}.json`]);
  });

  it('are made at start-up once the newest is more than a day old, and only with data', async () => {
    const dataDir = tempDir();
    testBackend({ dataDir }).close();
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);

    const first = testBackend({ dataDir });
    await createPartner(first, { name: 'Kammer Graz' });
    first.close();
    const sameDay = testBackend({ dataDir, clock: fixedClock(daysLater(0.5)) });
    sameDay.close();
    expect(backupsIn(dataDir)).toHaveLength(1);
    expect(parseBackupFileName(backupsIn(dataDir)[0]!)?.reason).toBe('daily');

    testBackend({ dataDir, clock: fixedClock(daysLater(1.2)) }).close();
    expect(backupsIn(dataDir)).toHaveLength(1);
    testBackend({ dataDir, clock: fixedClock(daysLater(1.6)) }).close();
    expect(backupsIn(dataDir)).toHaveLength(2);
  });

  it('are made before a migration, in the old format', async () => {
    const dataDir = tempDir();
    const old = previousVersionDatabase(path.join(dataDir, databaseFileName), 'Old friend');
    const before = dumpTables(old);
    old.close();

    const backend = testBackend({ dataDir });
    const [backup] = await must(backend, 'listBackups', undefined);
    expect(backup).toMatchObject({
      reason: 'before-migration',
      schemaVersion: latestSchemaVersion - 1,
      partners: 1,
    });
    expect(dumpOf(path.join(dataDir, 'backups', backup!.name))).toEqual(before);
  });
});

describe('restore', () => {
  it('brings back every row, after backing up what it replaces', async () => {
    const backend = testBackend();
    await fillWithData(backend);
    const saved = dumpTables(backend.db);
    const backup = await must(backend, 'backUpNow', undefined);

    // Later changes, which the restore replaces.
    const extra = await createPartner(backend, { name: 'Added later' });
    await must(backend, 'saveInstitution', { ...validInstitution, legalName: 'Renamed' });
    const later = dumpTables(backend.db);

    const result = await must(backend, 'restoreBackup', { name: backup.name });
    expect(result).toMatchObject({
      source: { kind: 'backup', createdAt: backup.createdAt },
      partners: 2,
      upgradedFrom: null,
      safetyBackup: { reason: 'before-restore', partners: 3 },
    });
    expect(dumpTables(backend.db)).toEqual(saved);
    expect((await refused(backend, 'getPartner', { id: extra })).code).toBe('not_found');
    // The search index came back with the data.
    expect(await must(backend, 'findPartners', { ...noFilter, text: 'ferry' })).toEqual({
      ids: [2],
    });

    const list = await must(backend, 'listBackups', undefined);
    expect(list.map((b) => b.name).sort()).toEqual([backup.name, result.safetyBackup!.name].sort());
    const dataDir = path.dirname(backend.db.name);
    expect(dumpOf(path.join(dataDir, 'backups', result.safetyBackup!.name))).toEqual(later);
    // Nothing left over from the swap.
    expect(filesIn(dataDir).filter((f) => f !== 'backups' && f !== 'exports')).toEqual(
      [databaseFileName, `${databaseFileName}-shm`, `${databaseFileName}-wal`].filter((f) =>
        fs.existsSync(path.join(dataDir, f)),
      ),
    );
    expect(filesIn(dataDir).some((f) => f.startsWith('.restoring-'))).toBe(false);

    // And back again: the restore itself can be undone from its backup.
    await must(backend, 'restoreBackup', { name: result.safetyBackup!.name });
    expect(dumpTables(backend.db)).toEqual(later);
  });

  it('takes a chosen database file, and upgrades one from an older version', async () => {
    const source = tempDir();
    previousVersionDatabase(path.join(source, databaseFileName), 'From the old laptop').close();
    const bytes = fs.readFileSync(path.join(source, databaseFileName));

    const backend = testBackend();
    await createPartner(backend, { name: 'Current' });
    const result = await must(backend, 'restoreFromFile', {
      fileName: 'old laptop.sqlite',
      dataBase64: bytes.toString('base64'),
    });
    expect(result).toMatchObject({
      source: { kind: 'file', fileName: 'old laptop.sqlite' },
      partners: 1,
      upgradedFrom: latestSchemaVersion - 1,
    });
    expect(backend.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect((await must(backend, 'getPartner', { id: 1 })).partner.name).toBe('From the old laptop');
    const reasons = (await must(backend, 'listBackups', undefined)).map((b) => b.reason).sort();
    expect(reasons).toEqual(['before-migration', 'before-restore']);
  });

  it('refuses files that are not sound Partnerloom data from this version or older, changing nothing', async () => {
    const backend = testBackend();
    await fillWithData(backend);
    const before = dumpTables(backend.db);
    const dir = tempDir();

    const foreign = path.join(dir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (x TEXT)');
    f.close();

    const newer = path.join(dir, 'newer.sqlite');
    const n = openConnection(newer);
    migrate(n, migrations);
    n.pragma(`user_version = ${latestSchemaVersion + 1}`);
    n.close();

    const damaged = path.join(dir, 'damaged.sqlite');
    const big = openConnection(damaged);
    migrate(big, migrations);
    big
      .prepare(
        "INSERT INTO partners (name, notes, position, phase_entered_at, created_at, updated_at) VALUES ('Big', ?, 1, 'x', 'x', 'x')",
      )
      .run('x'.repeat(300_000));
    big.pragma('journal_mode = DELETE');
    big.close();
    damageMiddle(damaged);

    const cases: [string, Buffer, string, RegExp][] = [
      [
        'a text file',
        Buffer.from('name,city\nKammer,Graz\n'),
        'invalid_input',
        /not a Partnerloom database/,
      ],
      ['another database', fs.readFileSync(foreign), 'invalid_input', /not a Partnerloom database/],
      [
        'newer data',
        fs.readFileSync(newer),
        'unsupported_database',
        /newer version of Partnerloom.*unchanged/,
      ],
      ['a damaged copy', fs.readFileSync(damaged), 'invalid_input', /damaged|could not be read/],
    ];
    for (const [label, bytes, code, message] of cases) {
      const error = await refused(backend, 'restoreFromFile', {
        fileName: `${label}.sqlite`,
        dataBase64: bytes.toString('base64'),
      });
      expect(error.code, label).toBe(code);
      expect(error.message, label).toMatch(message);
      expect(dumpTables(backend.db), label).toEqual(before);
    }
    // Refused before anything was backed up or replaced.
    expect(await must(backend, 'listBackups', undefined)).toEqual([]);
    expect(filesIn(path.dirname(backend.db.name)).some((n) => n.startsWith('.restoring-'))).toBe(
      false,
    );
  });

  it('refuses a backup name that is not in the list', async () => {
    const backend = testBackend();
    const error = await refused(backend, 'restoreBackup', {
      name: 'partnerloom-2020-01-01T00-00-00-000Z-v3-manual.sqlite',
    });
    expect(error.code).toBe('not_found');
    expect((await refused(backend, 'restoreBackup', { name: '../partnerloom.sqlite' })).code).toBe(
      'invalid_input',
    );
  });
});
