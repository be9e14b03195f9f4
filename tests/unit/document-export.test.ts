import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Backend, createBackend } from '../../src/main/backend';
import { createExportFolderPlatform } from '../../src/main/backend/exportFolder';
import { nextReference } from '../../src/shared/agreement';
import type { AgreementInput } from '../../src/shared/documents';
import { fixedClock, tempDir, testBackend, validInstitution } from './helpers/backend';
import { agreementInput, matching, someString } from './helpers/documents';
import { contactInput, createPartner, must, refused } from './helpers/partners';

/** Exports render real Word and PDF files: seconds each on a busy two-core machine. */
const rendering = { timeout: 30_000 };

const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function exportsDirOf(backend: Backend): Promise<string> {
  return (await must(backend, 'getAppInfo', undefined)).exportsDir!;
}

/** The institution, and a partner with an address, two types and a primary contact. */
async function setUp(backend: Backend, name = 'Izba Rzemieślnicza Łódź') {
  await must(backend, 'saveInstitution', validInstitution);
  const partnerId = await createPartner(
    backend,
    { name, address: 'ul. Piotrkowska 3', types: ['training', 'mobility'] },
    contactInput(),
  );
  await must(backend, 'saveContact', {
    partnerId,
    id: null,
    contact: contactInput({ name: 'Jan Kowalski', role: 'Owner', email: 'jan@izba.example.pl' }),
  });
  return partnerId;
}

describe('the export form’s starting point', rendering, () => {
  it('fills an MoU from the profile, the partner, its primary contact and today', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const draft = await must(backend, 'getDocumentDraft', {
      partnerId,
      kind: 'mou',
      today: '2026-03-02',
    });
    if (draft.kind !== 'mou') throw new Error('expected an MoU draft');
    expect(draft.contacts.map((c) => c.name)).toEqual(['Agnieszka Wiśniewska', 'Jan Kowalski']);
    expect(draft.contactId).toBe(draft.contacts[0]!.id);
    expect(draft.agreement).toBeNull();
    expect(draft.input).toMatchObject({
      kind: 'mou',
      reference: 'MOU-2026-0001',
      issueDate: '2026-03-02',
      startDate: '2026-03-02',
      endDate: null,
      place: 'Łódź',
      institution: {
        organisation: 'Zespół Szkół Technicznych Łódź',
        representativeName: 'Ewa Nowak',
        representativePosition: 'Director',
        contactEmail: 'office@zst.example.pl',
      },
      partner: {
        organisation: 'Izba Rzemieślnicza Łódź',
        representativeName: 'Agnieszka Wiśniewska',
        representativePosition: 'Training coordinator',
        contactEmail: 'a.wisniewska@izba.example.pl',
      },
    });
    expect(draft.input.institution.address).toContain('ul. Wólczańska 12');
    expect(draft.input.partner.address).toContain('ul. Piotrkowska 3');
    expect(draft.input.scope).toHaveLength(2);
    expect(draft.input.purpose).not.toBe('');
  });

  it('starts the next export of an open agreement from what was exported, with its reference', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const first = await must(backend, 'getDocumentDraft', {
      partnerId,
      kind: 'mou',
      today: '2026-03-02',
    });
    const edited = {
      ...(first.input as AgreementInput),
      scope: ['Only this item, edited by hand.'],
      endDate: '2027-03-01',
    };
    await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx'],
      input: edited,
    });
    const again = await must(backend, 'getDocumentDraft', {
      partnerId,
      kind: 'mou',
      today: '2026-03-05',
    });
    expect(again.agreement).toMatchObject({ reference: 'MOU-2026-0001', status: 'draft' });
    expect(again.input).toMatchObject({
      reference: 'MOU-2026-0001',
      scope: ['Only this item, edited by hand.'],
      endDate: '2027-03-01',
      issueDate: '2026-03-05',
    });
    // Another partner's new MoU gets the next number; a letter of intent has its own series.
    const other = await setUp(backend, 'Kammer Graz');
    const next = await must(backend, 'getDocumentDraft', {
      partnerId: other,
      kind: 'mou',
      today: '2026-03-05',
    });
    expect(next.input).toMatchObject({ reference: 'MOU-2026-0002' });
    const letter = await must(backend, 'getDocumentDraft', {
      partnerId: other,
      kind: 'loi',
      today: '2026-03-05',
    });
    expect(letter.input).toMatchObject({ reference: 'LOI-2026-0001', kind: 'loi' });
  });

  it('numbers references after the highest one of the year', () => {
    expect(nextReference([], 'MOU-2026-')).toBe('MOU-2026-0001');
    expect(nextReference(['MOU-2026-0007', 'MOU-2026-0002', 'MOU-2026-x'], 'MOU-2026-')).toBe(
      'MOU-2026-0008',
    );
  });

  it('remembers who signs the first-contact email', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const draft = await must(backend, 'getDocumentDraft', {
      partnerId,
      kind: 'email',
      today: '2026-03-02',
    });
    if (draft.kind !== 'email') throw new Error('expected an email draft');
    expect(draft.input).toMatchObject({
      recipientName: 'Agnieszka Wiśniewska',
      recipientEmail: 'a.wisniewska@izba.example.pl',
      senderName: '',
    });
    const signed = { ...draft.input, senderName: 'Marta Zielińska', senderPosition: 'Coordinator' };
    const saved = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'email',
      formats: ['eml'],
      input: signed,
    });
    expect(saved.saved.map((d) => d.format)).toEqual(['eml']);
    const eml = fs.readFileSync(saved.saved[0]!.savedPath!, 'utf8');
    expect(eml).toMatch(/^To: .*a\.wisniewska@izba\.example\.pl/m);
    const next = await must(backend, 'getDocumentDraft', {
      partnerId,
      kind: 'email',
      today: '2026-03-02',
    });
    expect(next.input).toMatchObject({
      senderName: 'Marta Zielińska',
      senderPosition: 'Coordinator',
    });
  });
});

describe('exporting a document', rendering, () => {
  it('saves Word and PDF, records both with their checksum, and creates the agreement', async () => {
    const backend = testBackend({ clock: fixedClock('2026-03-02T10:00:00.000Z') });
    const partnerId = await setUp(backend);
    const result = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['pdf', 'docx'],
      input: agreementInput(),
    });
    const exportsDir = await exportsDirOf(backend);
    expect(result.cancelled).toBe(false);
    expect(result.saved.map((d) => d.format)).toEqual(['docx', 'pdf']);
    for (const doc of result.saved) {
      expect(path.dirname(doc.savedPath!)).toBe(exportsDir);
      expect(doc.fileName).toBe(`MoU – Izba Rzemieślnicza Łódź – 2026-03-02.${doc.format}`);
      expect(doc.checksum).toBe(sha256(doc.savedPath!));
      expect(doc).toMatchObject({ partnerId, kind: 'mou', agreementId: result.agreement!.id });
    }
    expect(fs.readFileSync(result.saved[0]!.savedPath!).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(result.saved[1]!.savedPath!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.agreement).toMatchObject({
      kind: 'mou',
      status: 'draft',
      reference: 'MOU-2026-0001',
      validFrom: '2026-03-01',
      validUntil: '2028-02-29',
    });

    const history = await must(backend, 'listDocuments', { partnerId });
    expect(history.map((d) => d.id).sort()).toEqual(result.saved.map((d) => d.id).sort());
    expect(history.every((d) => d.createdAt === '2026-03-02T10:00:00.000Z')).toBe(true);

    // Exporting again updates the same draft agreement and adds to the history.
    const again = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['pdf'],
      input: agreementInput({ endDate: null }),
    });
    expect(again.agreement).toMatchObject({ id: result.agreement!.id, validUntil: null });
    expect(again.saved[0]!.savedPath).not.toBe(result.saved[1]!.savedPath);
    expect(await must(backend, 'listAgreements', { partnerId })).toHaveLength(1);
    expect(await must(backend, 'listDocuments', { partnerId })).toHaveLength(3);
  });

  it('starts a new agreement once the earlier one is signed', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const first = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx'],
      input: agreementInput(),
    });
    await must(backend, 'setAgreementStatus', {
      partnerId,
      id: first.agreement!.id,
      status: 'signed',
      signedOn: '2026-03-01',
      validFrom: '2026-03-01',
      validUntil: null,
    });
    const reused = await refused(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx'],
      input: agreementInput(),
    });
    expect(reused).toMatchObject({
      code: 'invalid_input',
      fields: { 'input.reference': matching(/earlier agreement.*MOU-2026-0002/) },
    });
    const renewal = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx'],
      input: agreementInput({ reference: 'MOU-2026-0002' }),
    });
    expect(renewal.agreement!.id).not.toBe(first.agreement!.id);
    expect((await must(backend, 'listAgreements', { partnerId })).map((a) => a.status)).toEqual([
      'draft',
      'signed',
    ]);
  });

  it('refuses missing data and a reference of another partner, writing nothing', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const other = await setUp(backend, 'Kammer Graz');
    await must(backend, 'exportDocument', {
      partnerId: other,
      kind: 'mou',
      formats: ['docx'],
      input: agreementInput(),
    });
    const exportsDir = await exportsDirOf(backend);
    const before = fs.readdirSync(exportsDir);

    const missing = await refused(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx', 'pdf'],
      input: agreementInput({
        reference: 'MOU-2026-0009',
        institution: { ...agreementInput().institution, representativeName: ' ' },
      }),
    });
    expect(missing).toMatchObject({
      code: 'invalid_input',
      fields: { 'input.institution.representativeName': matching(/representative/) },
    });
    const taken = await refused(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx'],
      input: agreementInput(),
    });
    expect(taken.message).toMatch(
      /already used for the agreement with “Kammer Graz”.*MOU-2026-0002/,
    );
    expect(fs.readdirSync(exportsDir)).toEqual(before);
    expect(await must(backend, 'listDocuments', { partnerId })).toEqual([]);
    expect(await must(backend, 'listAgreements', { partnerId })).toEqual([]);
  });

  it('refuses a format the document does not have', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    expect(
      await refused(backend, 'exportDocument', {
        partnerId,
        kind: 'mou',
        formats: ['ics'],
        input: agreementInput(),
      }),
    ).toMatchObject({ code: 'invalid_input', fields: { formats: someString() } });
  });

  it.each(['CON', '../x', 'a/b:c*?', '..', 'nul.txt', ' . '])(
    'keeps the file of a partner named %j inside the exports folder',
    async (name) => {
      const backend = testBackend();
      const partnerId = await setUp(backend, name);
      const { saved } = await must(backend, 'exportDocument', {
        partnerId,
        kind: 'mou',
        formats: ['docx', 'pdf'],
        input: agreementInput(),
      });
      const exportsDir = await exportsDirOf(backend);
      for (const doc of saved) {
        expect(path.dirname(doc.savedPath!)).toBe(exportsDir);
        expect(fs.existsSync(doc.savedPath!)).toBe(true);
        expect(path.basename(doc.savedPath!)).not.toMatch(/^(CON|NUL)(\.|$)/i);
      }
    },
  );

  it('saves the agenda with its calendar event', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const draft = await must(backend, 'getDocumentDraft', {
      partnerId,
      kind: 'agenda',
      today: '2026-03-02',
    });
    if (draft.kind !== 'agenda') throw new Error('expected an agenda draft');
    expect(draft.input).toMatchObject({
      date: '2026-03-09',
      partnerName: 'Izba Rzemieślnicza Łódź',
    });
    const { saved } = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'agenda',
      formats: ['ics', 'pdf'],
      input: { ...draft.input, location: 'https://meet.example.eu/abc' },
    });
    expect(saved.map((d) => d.format)).toEqual(['pdf', 'ics']);
    const ics = fs.readFileSync(saved[1]!.savedPath!, 'utf8');
    expect(ics).toMatch(/BEGIN:VEVENT/);
    expect(ics).toMatch(/DTSTART:20260309T100000/);
  });
});

describe('a cancelled save dialog', rendering, () => {
  /** A desktop-like platform whose save dialog is cancelled for PDF files. */
  function cancellingPdf(dataDir: string): Backend {
    const folder = createExportFolderPlatform('desktop', path.join(dataDir, 'chosen'));
    const backend = createBackend({
      dataDir,
      version: '0.0.0-test',
      platform: {
        ...folder,
        saveFile: (name, data) =>
          name.endsWith('.pdf') ? Promise.resolve(null) : folder.saveFile(name, data),
      },
      clock: fixedClock('2026-03-02T10:00:00.000Z'),
      log: () => undefined,
    });
    onTestFinished(() => backend.close());
    return backend;
  }

  it('records what was saved before it, and nothing when nothing was saved', async () => {
    const backend = cancellingPdf(tempDir());
    const partnerId = await setUp(backend);
    const nothing = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['pdf'],
      input: agreementInput(),
    });
    expect(nothing).toEqual({ saved: [], cancelled: true, agreement: null });
    expect(await must(backend, 'listAgreements', { partnerId })).toEqual([]);
    expect(await must(backend, 'listDocuments', { partnerId })).toEqual([]);

    const half = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx', 'pdf'],
      input: agreementInput(),
    });
    expect(half.cancelled).toBe(true);
    expect(half.saved.map((d) => d.format)).toEqual(['docx']);
    expect(half.agreement).toMatchObject({ reference: 'MOU-2026-0001', status: 'draft' });
    expect(await must(backend, 'listDocuments', { partnerId })).toHaveLength(1);
  });
});

describe('opening saved files', rendering, () => {
  it('answers the path where the platform cannot open files, and notices a file gone', async () => {
    const backend = testBackend();
    const partnerId = await setUp(backend);
    const { saved } = await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['pdf'],
      input: agreementInput(),
    });
    const doc = saved[0]!;
    expect(await must(backend, 'openDocument', { source: 'document', id: doc.id })).toEqual({
      done: false,
      path: doc.savedPath,
    });
    fs.rmSync(doc.savedPath!);
    expect(
      await refused(backend, 'showDocumentInFolder', { source: 'document', id: doc.id }),
    ).toMatchObject({ code: 'not_found', message: matching(/no longer at/) });
    expect(await refused(backend, 'openDocument', { source: 'signedScan', id: 999 })).toMatchObject(
      { code: 'not_found' },
    );
  });
});
