import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../src/shared/backup';
import {
  type Channel,
  channels,
  httpChannelPath,
  httpPathPrefix,
  ipcChannelName,
  tokenHeader,
} from '../../src/shared/api';
import type { ErrorCode, Result } from '../../src/shared/result';
import { type IpcMainLike, registerIpc } from '../../src/main/electron/ipc';
import { createBrowserApp } from '../../src/main/browser/server';
import type { Backend } from '../../src/main/backend';
import { latestSchemaVersion } from '../../src/main/backend/db/migrations';
import { databaseFileName, openStore } from '../../src/main/backend/db/store';
import { call, tempDir, testBackend, testNow, validInstitution } from './helpers/backend';
import { agreementInput, tinyPdfBase64 } from './helpers/documents';
import { contactInput, interactionInput, must, noFilter, partnerInput } from './helpers/partners';

/**
 * What the sample inputs refer to, on a fresh data folder: partner 1 (on the board, with
 * contact 1 and logbook entries 1 and 2) and partner 2 (archived). The export writes
 * document 1 and agreement 1.
 */
async function seedSamplePartners(backend: Backend): Promise<void> {
  await must(backend, 'createPartner', { partner: partnerInput(), contact: contactInput() });
  for (const dueOn of [null, '2026-03-10']) {
    await must(backend, 'saveInteraction', {
      partnerId: 1,
      id: null,
      interaction: interactionInput({ nextStep: dueOn ? 'Send the LoI' : '', dueOn }),
    });
  }
  await must(backend, 'createPartner', { partner: partnerInput({ name: 'Old' }), contact: null });
  await must(backend, 'archivePartner', { id: 2 });
  await must(backend, 'createPartner', { partner: partnerInput({ name: 'Gone' }), contact: null });
  await must(backend, 'archivePartner', { id: 3 });
  await must(backend, 'deletePartner', { id: 3 });
}

/** A small, sound Partnerloom database file, as the renderer sends a chosen file. */
function sampleDatabaseBase64(): string {
  const dir = tempDir();
  openStore(dir).close();
  return fs.readFileSync(path.join(dir, databaseFileName)).toString('base64');
}

/** Channels whose sample answers a refusal here: they only make sense in another state. */
const refusedHere: Partial<Record<Channel, ErrorCode>> = {
  // Only after start-up found the data damaged; tests/unit/backup-recovery.test.ts covers it.
  startEmpty: 'conflict',
  // The sample's next step was marked done above; tests/unit/today.test.ts snoozes open ones.
  snoozeFollowUp: 'conflict',
};

function expectAnswer(channel: Channel, result: Result<unknown>): void {
  const refusal = refusedHere[channel];
  if (refusal) expect(result, channel).toMatchObject({ ok: false, error: { code: refusal } });
  else expect(result.ok, channel).toBe(true);
}

const sampleCsvBase64 = Buffer.from('Organisation;Country\nKammer Wien;Austria\n').toString(
  'base64',
);

/**
 * A sample valid input per channel, so that every channel is exercised end to end. Channels
 * run in contract order, so each input fits the state the ones before it left behind.
 */
const sampleInputs: { [C in (typeof channels)[number]]: unknown } = {
  getAppInfo: undefined,
  getInstitution: undefined,
  saveInstitution: validInstitution,
  getBoard: undefined,
  findPartners: { ...noFilter, text: 'łódź' },
  getPartner: { id: 1 },
  createPartner: { partner: partnerInput({ name: 'Kammer Graz' }), contact: null },
  updatePartner: { id: 1, partner: partnerInput({ name: 'Izba Rzemieślnicza w Łodzi' }) },
  findSameName: { name: 'kammer graz', excludeId: null },
  movePartner: { id: 1, toPhase: 'first_contact', afterId: null },
  undoMove: { id: 1, historyId: null, toPhase: 'first_contact', afterId: null },
  archivePartner: { id: 1 },
  restorePartner: { id: 1 },
  deletePartner: { id: 2 },
  listArchived: undefined,
  listDeleted: undefined,
  undeletePartner: { id: 3 },
  purgePartner: { id: 2 },
  saveContact: { partnerId: 1, id: null, contact: contactInput({ name: 'Paweł Król' }) },
  deleteContact: { partnerId: 1, id: 1 },
  saveInteraction: { partnerId: 1, id: null, interaction: interactionInput() },
  deleteInteraction: { partnerId: 1, id: 1 },
  setFollowUpDone: { partnerId: 1, id: 2, done: true },
  setChecklistItem: {
    partnerId: 1,
    phase: 'first_contact',
    actionKey: 'propose_meeting',
    done: true,
  },
  getOverlapData: undefined,
  exportOverlapCsv: {
    table: 'combinations',
    filter: { phases: ['first_contact'], groups: [], countries: ['Poland'] },
  },
  exportOverlapReport: {
    format: 'pdf',
    filter: { phases: ['maintenance_growth'], groups: ['employer'], countries: [] },
  },
  getSuggestions: { partnerId: 1 },
  dismissSuggestion: { partnerId: 1, type: 'mobility' },
  restoreSuggestions: { partnerId: 1 },
  getActivityData: undefined,
  exportActivityCsv: { table: 'byGroup', filter: { types: ['training'], groups: [] } },
  exportAnnualReport: { year: 2026, formats: ['pdf', 'docx'] },
  getDocumentDraft: { partnerId: 1, kind: 'mou', today: '2026-03-01' },
  exportDocument: { partnerId: 1, kind: 'mou', formats: ['docx'], input: agreementInput() },
  listDocuments: { partnerId: 1 },
  openDocument: { source: 'document', id: 1 },
  showDocumentInFolder: { source: 'document', id: 1 },
  listAgreements: { partnerId: 1 },
  setAgreementStatus: {
    partnerId: 1,
    id: 1,
    status: 'sent',
    signedOn: null,
    validFrom: '2026-03-01',
    validUntil: null,
  },
  attachSignedScan: { partnerId: 1, id: 1, fileName: 'signed.pdf', dataBase64: tinyPdfBase64 },
  exportData: { kind: 'json' },
  previewImport: { source: { fileName: 'partners.csv', base64: sampleCsvBase64 }, mapping: null },
  commitImport: {
    source: { fileName: 'partners.csv', base64: sampleCsvBase64 },
    mapping: ['name', 'country'],
    decisions: {},
    otherDuplicates: 'skip',
    skipProblemRows: false,
  },
  getToday: { timeZone: 'Europe/Warsaw' },
  snoozeFollowUp: { partnerId: 1, id: 2, dueOn: '2026-03-04' },
  getTodaySettings: undefined,
  saveTodaySettings: {
    phaseLimits: { scouting: 20, first_contact: 10, proposal: 30, collaboration_setup: 45 },
    checkInDays: 60,
  },
  notify: { title: 'Partnerloom', body: '2 follow-ups overdue' },
  setBadgeCount: { count: 2 },
  getStartupState: undefined,
  listBackups: undefined,
  backUpNow: undefined,
  // The backup made just before, named by the tests' fixed clock.
  restoreBackup: { name: backupFileName(new Date(testNow), latestSchemaVersion, 'manual') },
  get restoreFromFile() {
    return { fileName: 'partnerloom copy.sqlite', dataBase64: sampleDatabaseBase64() };
  },
  startEmpty: undefined,
};

describe('the API contract', () => {
  it('has exactly one handler per channel', () => {
    const backend = testBackend();
    expect(Object.keys(backend.handlers).sort()).toEqual([...channels].sort());
    expect(Object.keys(sampleInputs).sort()).toEqual([...channels].sort());
  });

  it('is registered on IPC for every channel, and nothing else', async () => {
    const backend = testBackend();
    await seedSamplePartners(backend);
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipcMain: IpcMainLike = {
      handle: (name, listener) => handlers.set(name, listener),
      removeHandler: (name) => handlers.delete(name),
    };
    const unregister = registerIpc(ipcMain, backend.call, (url) =>
      url.startsWith('app://partnerloom/'),
    );
    expect([...handlers.keys()].sort()).toEqual(channels.map(ipcChannelName).sort());

    for (const channel of channels) {
      const listener = handlers.get(ipcChannelName(channel))!;
      const trusted = await listener(
        { senderFrame: { url: 'app://partnerloom/index.html', parent: null } },
        sampleInputs[channel],
      );
      expectAnswer(channel, trusted);
      const foreign = await listener(
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        sampleInputs[channel],
      );
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const subframe = await listener(
        { senderFrame: { url: 'app://partnerloom/index.html', parent: {} } },
        sampleInputs[channel],
      );
      expect(subframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const detached = await listener({ senderFrame: null }, sampleInputs[channel]);
      expect(detached).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('is served over HTTP for every channel, and unknown channels are 404', async () => {
    const backend = testBackend();
    await seedSamplePartners(backend);
    const app = createBrowserApp({
      backend,
      rendererDir: '/nonexistent',
      token: 't0ken',
      port: () => 4321,
    });
    const post = (path: string, input: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: {
          host: '127.0.0.1:4321',
          'content-type': 'application/json',
          [tokenHeader]: 't0ken',
        },
        body: JSON.stringify({ input }),
      });
    for (const channel of channels) {
      const response = await post(httpChannelPath(channel), sampleInputs[channel]);
      expect(response.status, channel).toBe(200);
      expectAnswer(channel, (await response.json()) as Result<unknown>);
    }
    const unknown = await post(`${httpPathPrefix}dropAllTables`, undefined);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});

describe('input validation at the boundary', () => {
  const malformed: [string, unknown][] = [
    ['null', null],
    ['a string', 'Zespół'],
    ['an array', [validInstitution]],
    ['no legal name', { ...validInstitution, legalName: '   ' }],
    ['a number as name', { ...validInstitution, legalName: 42 }],
    ['a bad email', { ...validInstitution, email: 'office(at)zst' }],
    ['a javascript: website', { ...validInstitution, website: 'javascript:alert(1)' }],
    ['a name of 201 characters', { ...validInstitution, legalName: 'x'.repeat(201) }],
    ['an unknown field', { ...validInstitution, isAdmin: true }],
    ['a missing field', { legalName: 'Only a name' }],
  ];

  it.each(malformed)('rejects %s with a typed error and changes nothing', async (_label, input) => {
    const backend = testBackend();
    await call(backend, 'saveInstitution', { ...validInstitution, legalName: 'Before' });
    const result = await call(backend, 'saveInstitution', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.message).not.toMatch(/at .*\.ts|ZodError/);
    expect(await call(backend, 'getInstitution', undefined)).toMatchObject({
      ok: true,
      value: { legalName: 'Before' },
    });
  });

  it('names the field that is wrong', async () => {
    const backend = testBackend();
    const result = await call(backend, 'saveInstitution', { ...validInstitution, email: 'nope' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { email: 'Enter an email address such as office@example.eu.' },
      },
    });
  });

  it('rejects input on a channel that takes none', async () => {
    const backend = testBackend();
    expect(await call(backend, 'getInstitution', { sneaky: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('answers an unknown channel without running anything', async () => {
    const backend = testBackend();
    for (const name of ['constructor', '__proto__', 'toString', 42, null]) {
      expect(await backend.call(name, undefined)).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
  });

  it('turns an unexpected failure into a plain sentence', async () => {
    const backend = testBackend();
    backend.db.close();
    const result = await call(backend, 'getInstitution', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/database connection is not open/);
  });
});
