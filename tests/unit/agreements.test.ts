import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { openConnection } from '../../src/main/backend/db/connection';
import { migrate } from '../../src/main/backend/db/migrate';
import { migrations } from '../../src/main/backend/db/migrations';
import { databaseFileName } from '../../src/main/backend/db/store';
import {
  type CardAgreement,
  agreementState,
  allowedStatuses,
  parseCardAgreement,
} from '../../src/shared/agreement';
import { fixedClock, tempDir, testBackend, validInstitution } from './helpers/backend';
import { agreementInput, matching, someString, tinyPdfBase64 } from './helpers/documents';
import {
  boardSummaries,
  contactInput,
  createPartner,
  must,
  recomputedSummaries,
  refused,
} from './helpers/partners';

/** Exports render real Word and PDF files: seconds each on a busy two-core machine. */
const rendering = { timeout: 30_000 };

const signedUntil = (validUntil: string | null): CardAgreement => ({
  kind: 'mou',
  status: 'signed',
  validUntil,
});

describe('the agreement state shown on cards', () => {
  const today = '2026-03-01';
  it.each([
    ['2027-03-01', 'MoU signed', 'ok'],
    ['2026-05-01', 'MoU signed', 'ok'], // 61 days
    ['2026-04-30', 'MoU expires in 60 days', 'warning'],
    ['2026-04-11', 'MoU expires in 41 days', 'warning'],
    ['2026-03-02', 'MoU expires in 1 day', 'warning'],
    ['2026-03-01', 'MoU expires today', 'warning'],
    ['2026-02-28', 'MoU expired', 'expired'],
  ])('valid until %s reads “%s”', (until, label, tone) => {
    expect(agreementState(signedUntil(until), today)).toMatchObject({ label, tone });
  });

  it('counts across a leap day and a change of summer time', () => {
    // 2028 is a leap year; Europe changes clocks on 26 March 2028.
    expect(agreementState(signedUntil('2028-04-29'), '2028-02-28')).toMatchObject({
      label: 'MoU signed',
      tone: 'ok',
      daysLeft: 61,
    });
    expect(agreementState(signedUntil('2028-04-28'), '2028-02-28').daysLeft).toBe(60);
  });

  it('names drafts, sent and expired agreements, and open-ended ones', () => {
    expect(agreementState({ kind: 'loi', status: 'draft', validUntil: null }, today).label).toBe(
      'LoI draft',
    );
    expect(
      agreementState({ kind: 'mou', status: 'sent', validUntil: '2026-03-05' }, today),
    ).toEqual({ label: 'MoU sent', tone: 'progress', daysLeft: null });
    expect(agreementState(signedUntil(null), today)).toMatchObject({ label: 'MoU signed' });
    expect(
      agreementState({ kind: 'mou', status: 'expired', validUntil: '2030-01-01' }, today).label,
    ).toBe('MoU expired');
  });

  it('reads the stored card summary and ignores anything it does not know', () => {
    expect(parseCardAgreement('mou|signed|2027-01-31')).toEqual(signedUntil('2027-01-31'));
    expect(parseCardAgreement('loi|draft|')).toEqual({
      kind: 'loi',
      status: 'draft',
      validUntil: null,
    });
    expect(parseCardAgreement(null)).toBeNull();
    expect(parseCardAgreement('contract|signed|')).toBeNull();
    expect(parseCardAgreement('mou|won|')).toBeNull();
  });

  it('offers only the statuses that may follow', () => {
    expect(allowedStatuses('draft')).toEqual(['draft', 'sent', 'signed']);
    expect(allowedStatuses('sent')).toEqual(['draft', 'sent', 'signed']);
    expect(allowedStatuses('signed')).toEqual(['signed', 'expired']);
    expect(allowedStatuses('expired')).toEqual(['expired']);
  });
});

/** A partner with an MoU exported as Word: agreement 1 in draft. */
async function partnerWithAgreement(backend: Backend, name = 'Izba Rzemieślnicza Łódź') {
  await must(backend, 'saveInstitution', validInstitution);
  const partnerId = await createPartner(backend, { name }, contactInput());
  const { agreement } = await must(backend, 'exportDocument', {
    partnerId,
    kind: 'mou',
    formats: ['docx'],
    input: agreementInput({ partner: { ...agreementInput().partner, organisation: name } }),
  });
  return { partnerId, agreementId: agreement!.id };
}

const statusInput = (
  partnerId: number,
  id: number,
  status: 'draft' | 'sent' | 'signed' | 'expired',
  signedOn: string | null = null,
) => ({ partnerId, id, status, signedOn, validFrom: '2026-03-01', validUntil: '2028-02-29' });

describe('agreement status', rendering, () => {
  it('moves draft → sent → signed → expired and records when', async () => {
    const backend = testBackend({ clock: fixedClock('2026-03-10T08:00:00.000Z') });
    const { partnerId, agreementId } = await partnerWithAgreement(backend);
    const sent = await must(
      backend,
      'setAgreementStatus',
      statusInput(partnerId, agreementId, 'sent'),
    );
    expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-03-10T08:00:00.000Z' });
    const signed = await must(
      backend,
      'setAgreementStatus',
      statusInput(partnerId, agreementId, 'signed', '2026-03-09'),
    );
    expect(signed).toMatchObject({
      status: 'signed',
      signedOn: '2026-03-09',
      sentAt: '2026-03-10T08:00:00.000Z',
      validFrom: '2026-03-01',
      validUntil: '2028-02-29',
    });
    const expired = await must(
      backend,
      'setAgreementStatus',
      statusInput(partnerId, agreementId, 'expired'),
    );
    expect(expired).toMatchObject({ status: 'expired', signedOn: '2026-03-09' });
    expect(await must(backend, 'listAgreements', { partnerId })).toEqual([expired]);
  });

  it('refuses a signature without a day, a day in the future and impossible steps', async () => {
    const backend = testBackend({ clock: fixedClock('2026-03-10T08:00:00.000Z') });
    const { partnerId, agreementId } = await partnerWithAgreement(backend);
    expect(
      await refused(backend, 'setAgreementStatus', statusInput(partnerId, agreementId, 'signed')),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { signedOn: 'Enter the day it was signed.' },
    });
    expect(
      await refused(
        backend,
        'setAgreementStatus',
        statusInput(partnerId, agreementId, 'signed', '2026-03-11'),
      ),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { signedOn: matching(/future/) },
    });
    expect(
      await refused(backend, 'setAgreementStatus', {
        ...statusInput(partnerId, agreementId, 'sent'),
        validFrom: '2026-06-01',
        validUntil: '2026-05-31',
      }),
    ).toMatchObject({ code: 'invalid_input', fields: { validUntil: someString() } });

    await must(
      backend,
      'setAgreementStatus',
      statusInput(partnerId, agreementId, 'signed', '2026-03-10'),
    );
    const backToDraft = await refused(
      backend,
      'setAgreementStatus',
      statusInput(partnerId, agreementId, 'draft'),
    );
    expect(backToDraft).toMatchObject({ code: 'conflict' });
    expect(backToDraft.message).toMatch(/signed agreement can only expire/);
    await must(backend, 'setAgreementStatus', statusInput(partnerId, agreementId, 'expired'));
    expect(
      await refused(
        backend,
        'setAgreementStatus',
        statusInput(partnerId, agreementId, 'signed', '2026-03-10'),
      ),
    ).toMatchObject({ code: 'conflict', message: matching(/Export a new agreement/) });
    expect((await must(backend, 'listAgreements', { partnerId }))[0]?.status).toBe('expired');
  });

  it('refuses an agreement of another partner', async () => {
    const backend = testBackend();
    const { agreementId } = await partnerWithAgreement(backend);
    const other = await createPartner(backend, { name: 'Other' });
    expect(
      await refused(backend, 'setAgreementStatus', statusInput(other, agreementId, 'sent')),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('the card summary of agreements', rendering, () => {
  it('stays equal to a fresh computation after every agreement write', async () => {
    const backend = testBackend({ clock: fixedClock('2026-03-10T08:00:00.000Z') });
    const check = async (step: string) =>
      expect(await boardSummaries(backend), step).toEqual(recomputedSummaries(backend));
    const { partnerId, agreementId } = await partnerWithAgreement(backend);
    await check('exported');
    expect((await boardSummaries(backend))[0]?.agreement).toEqual({
      kind: 'mou',
      status: 'draft',
      validUntil: '2028-02-29',
    });
    await must(backend, 'exportDocument', {
      partnerId,
      kind: 'mou',
      formats: ['docx'],
      input: agreementInput({ endDate: null }),
    });
    await check('exported again, open-ended');
    for (const [status, signedOn] of [
      ['sent', null],
      ['signed', '2026-03-10'],
      ['expired', null],
    ] as const) {
      await must(backend, 'setAgreementStatus', {
        ...statusInput(partnerId, agreementId, status, signedOn),
        validUntil: '2026-04-30',
      });
      await check(status);
    }
    await must(backend, 'exportDocument', {
      partnerId,
      kind: 'loi',
      formats: ['docx'],
      input: agreementInput({ kind: 'loi', reference: 'LOI-2026-0001' }),
    });
    await check('a newer letter of intent');
    expect((await boardSummaries(backend))[0]?.agreement).toMatchObject({ kind: 'loi' });
    // The card the board loads and the one the detail view derives agree.
    const { agreements } = await must(backend, 'getPartner', { id: partnerId });
    expect(agreements.map((a) => a.kind)).toEqual(['loi', 'mou']);
  });

  it('is filled in for agreements that existed before version 3, and keeps old documents', () => {
    const db = openConnection(path.join(tempDir(), databaseFileName));
    migrate(db, migrations, 2);
    const partnerId = db
      .prepare(
        "INSERT INTO partners (name, position, phase_entered_at, created_at, updated_at) VALUES ('Ærø Kommune', 1, 'x', 'x', 'x')",
      )
      .run().lastInsertRowid;
    db.prepare(
      "INSERT INTO agreements (partner_id, kind, status, reference, valid_until, created_at, updated_at) VALUES (?, 'mou', 'signed', 'R-1', '2027-01-31', 'x', 'x')",
    ).run(partnerId);
    db.prepare(
      "INSERT INTO documents (partner_id, agreement_id, kind, format, file_name, saved_path, created_at) VALUES (?, 1, 'mou', 'pdf', 'MoU.pdf', '/tmp/MoU.pdf', 'x')",
    ).run(partnerId);
    expect(migrate(db, migrations, 3)).toEqual([3]);
    expect(db.prepare('SELECT card_agreement, address FROM partners').get()).toEqual({
      card_agreement: 'mou|signed|2027-01-31',
      address: '',
    });
    expect(db.prepare('SELECT file_name, checksum, agreement_id FROM documents').all()).toEqual([
      { file_name: 'MoU.pdf', checksum: null, agreement_id: 1 },
    ]);
    expect(() =>
      db
        .prepare(
          "INSERT INTO documents (partner_id, kind, format, file_name, checksum, created_at) VALUES (?, 'email', 'eml', 'x.eml', 'not-hex', 'x')",
        )
        .run(partnerId),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM partners').run();
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('the signed copy', rendering, () => {
  it('is copied into the attachments folder under a safe name and recorded', async () => {
    const backend = testBackend();
    const { partnerId, agreementId } = await partnerWithAgreement(backend);
    const attached = await must(backend, 'attachSignedScan', {
      partnerId,
      id: agreementId,
      fileName: '../../etc/Umowa podpisana:*?.pdf',
      dataBase64: tinyPdfBase64,
    });
    const dataDir = (await must(backend, 'getAppInfo', undefined)).dataDir;
    const attachments = path.join(dataDir, 'attachments');
    expect(path.dirname(attached.signedScanPath!)).toBe(attachments);
    expect(path.basename(attached.signedScanPath!)).toMatch(/^MOU-2026-0001 signed – .*\.pdf$/);
    expect(fs.readFileSync(attached.signedScanPath!).toString('base64')).toBe(tinyPdfBase64);
    // A second copy never overwrites the first.
    const again = await must(backend, 'attachSignedScan', {
      partnerId,
      id: agreementId,
      fileName: '../../etc/Umowa podpisana:*?.pdf',
      dataBase64: tinyPdfBase64,
    });
    expect(again.signedScanPath).not.toBe(attached.signedScanPath);
    expect(fs.readdirSync(attachments)).toHaveLength(2);
  });

  it('refuses other file types, a renamed file and an empty one', async () => {
    const backend = testBackend();
    const { partnerId, agreementId } = await partnerWithAgreement(backend);
    const attach = (fileName: string, dataBase64: string) =>
      refused(backend, 'attachSignedScan', { partnerId, id: agreementId, fileName, dataBase64 });
    expect(await attach('scan.exe', tinyPdfBase64)).toMatchObject({
      code: 'invalid_input',
      fields: { fileName: 'Choose a PDF, PNG or JPEG file.' },
    });
    expect(
      await attach('scan.png', Buffer.from('MZ not a picture').toString('base64')),
    ).toMatchObject({ code: 'invalid_input', message: matching(/not a PNG file/) });
    expect(await attach('scan.pdf', '')).toMatchObject({ code: 'invalid_input' });
    expect((await must(backend, 'listAgreements', { partnerId }))[0]?.signedScanPath).toBeNull();
  });
});
