import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { tablesNotExported, snapshotTables } from '../../src/main/backend/portability/dataSnapshot';
import { fixedClock, testBackend, validInstitution } from './helpers/backend';
import { commitTable, fileSource, partnerRows, previewTable } from './helpers/importFiles';
import {
  boardSummaries,
  contactInput,
  createPartner,
  interactionInput,
  must,
  noFilter,
  partnerInput,
  recomputedSummaries,
  refused,
} from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

/** Partners whose fields exercise every column, spreadsheet formulas and lists included. */
async function fillDatabase(backend: Backend) {
  await must(backend, 'saveInstitution', validInstitution);
  const a = await createPartner(
    backend,
    {
      name: '=HYPERLINK("http://evil.example","Click")',
      stakeholderGroup: 'social_partner',
      types: ['training', 'hr_talent', 'quality_certification'],
      source: 'eu_epale',
      sector: '+ metalwork',
      country: 'Poland',
      region: 'Łódzkie',
      city: 'Łódź',
      website: 'https://izba.example.pl',
      linkedin: 'https://www.linkedin.com/company/izba',
      size: 'medium',
      notes: 'Line one,\n"quoted" line two;\n@mention\tand a tab',
      tags: ['dual VET', 'a;b', '-minus'],
    },
    contactInput({
      phone: '+48 42 555 12 34',
      role: '@coordinator',
      linkedin: 'https://www.linkedin.com/in/aw',
    }),
  );
  await must(backend, 'saveContact', {
    partnerId: a,
    id: null,
    contact: contactInput({
      name: 'Paweł Król',
      email: 'p.krol@izba.example.pl',
      isPrimary: false,
    }),
  });
  const b = await createPartner(backend, {
    name: 'Ærø Erhvervsskole',
    types: [],
    stakeholderGroup: null,
    country: 'Denmark',
    city: 'Ærøskøbing',
    address: 'Vestergade 44, 5970 Ærøskøbing',
  });
  await must(backend, 'movePartner', { id: b, toPhase: 'proposal', afterId: null });
  await must(backend, 'saveInteraction', {
    partnerId: b,
    id: null,
    interaction: interactionInput({ nextStep: 'Send the LoI', dueOn: '2026-03-10' }),
  });
  await must(backend, 'setChecklistItem', {
    partnerId: b,
    phase: 'proposal',
    actionKey: 'mou_loi',
    done: true,
  });
  const c = await createPartner(backend, { name: 'Ελληνικό Επιμελητήριο', country: 'Greece' });
  await must(backend, 'archivePartner', { id: c });
  await createPartner(backend, { name: "'s-Hertogenbosch Vakschool", country: 'Netherlands' });
  backend.db.exec(`
    INSERT INTO agreements (partner_id, kind, status, reference, title, valid_from, valid_until,
      created_at, updated_at)
    VALUES (${b}, 'loi', 'sent', 'LOI-2026-001', 'Mobility of apprentices', '2026-03-01',
      '2027-02-28', '2026-03-01T09:30:00.000Z', '2026-03-01T09:30:00.000Z');
    INSERT INTO documents (partner_id, agreement_id, kind, format, file_name, saved_path, created_at)
    VALUES (${b}, 1, 'loi', 'pdf', 'LoI Ærø.pdf', '/home/x/LoI Ærø.pdf', '2026-03-01T09:31:00.000Z');
    -- The card summary, as the app's own agreement writes keep it.
    UPDATE partners SET card_agreement = 'loi|sent|2027-02-28' WHERE id = ${b};
  `);
}

async function exportFile(backend: Backend, kind: 'json' | 'partnersCsv' | 'contactsCsv') {
  const result = await must(backend, 'exportData', { kind });
  expect(result.savedPath).not.toBeNull();
  return { ...result, bytes: fs.readFileSync(result.savedPath!) };
}

describe('CSV export', () => {
  it('is UTF-8 with a byte order mark, quoted properly, formulas neutralised', async () => {
    const backend = testBackend();
    await fillDatabase(backend);
    const { bytes, fileName, count, savedPath } = await exportFile(backend, 'partnersCsv');
    expect(fileName).toBe('Partnerloom partners 2026-03-01.csv');
    expect(path.dirname(savedPath!)).toBe(path.join(path.dirname(backend.db.name), 'exports'));
    expect(count).toBe(4);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...rows] = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
    expect(header).toEqual([
      'Name',
      'Stakeholder group',
      'Partnership types',
      'Where found',
      'Sector',
      'Country',
      'Region',
      'City',
      'Street address',
      'Website',
      'LinkedIn',
      'Size',
      'Notes',
      'Tags',
      'Phase',
      'Archived on',
      'Contact person',
      'Contact role',
      'Contact email',
      'Contact phone',
      'Contact LinkedIn',
    ]);
    const first = rows.find((r) => r[0]?.includes('HYPERLINK'))!;
    expect(first.slice(0, 5)).toEqual([
      `'=HYPERLINK("http://evil.example","Click")`,
      'Social partner, chamber or sector association',
      'Training; HR & talent; Quality & certification',
      'EPALE',
      "'+ metalwork",
    ]);
    const cell = (column: string) => first[header!.indexOf(column)];
    expect(cell('Notes')).toBe('Line one,\n"quoted" line two;\n@mention\tand a tab');
    expect(cell('Tags')).toBe("'-minus; a;;b; dual VET");
    expect(cell('Contact phone')).toBe("'+48 42 555 12 34");
    expect(cell('Contact role')).toBe("'@coordinator");
    // No cell anywhere starts with a character a spreadsheet would run.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Board order, then the archive.
    expect(rows.map((r) => r[0])).toEqual([
      "'s-Hertogenbosch Vakschool",
      `'=HYPERLINK("http://evil.example","Click")`,
      'Ærø Erhvervsskole',
      'Ελληνικό Επιμελητήριο',
    ]);
    expect(rows[3]?.[header!.indexOf('Archived on')]).toMatch(/^2026-03-01T/);
  });

  it('imports back losslessly: partners, then contacts merged into them', async () => {
    const source = testBackend();
    await fillDatabase(source);
    const partnersCsv = (await exportFile(source, 'partnersCsv')).bytes;
    const contactsCsv = (await exportFile(source, 'contactsCsv')).bytes;

    const target = testBackend({ clock: fixedClock('2026-04-01T08:00:00.000Z') });
    const partners = await previewTable(target, 'partners.csv', partnersCsv);
    expect(partners.mappingProblem).toBeNull();
    expect(partners.mapping.filter((f) => f === null)).toEqual([]);
    expect(partners.counts).toEqual({ ready: 4, duplicates: 0, problems: 0 });
    expect(await commitTable(target, partners)).toMatchObject({ imported: 4, skipped: [] });

    const contacts = await previewTable(target, 'contacts.csv', contactsCsv);
    expect(contacts.mapping).toEqual([
      'name',
      'website',
      'contactName',
      'contactRole',
      'contactEmail',
      'contactPhone',
      'contactLinkedin',
      'contactPrimary',
    ]);
    expect(contacts.counts).toEqual({ ready: 0, duplicates: 2, problems: 0 });
    expect(await commitTable(target, contacts, { all: 'merge' })).toMatchObject({
      imported: 0,
      merged: 2,
      skipped: [],
    });

    expect(partnerRows(target)).toEqual(partnerRows(source));
    const order = async (b: Backend) =>
      decodeBoard(await must(b, 'getBoard', undefined)).cards.map((c) => [c.phase, c.name]);
    expect(await order(target)).toEqual(await order(source));
    expect(await boardSummaries(target)).toEqual(recomputedSummaries(target));
  });
});

describe('JSON export', () => {
  it('holds every table of the coordinator’s data, in a stable order', async () => {
    const backend = testBackend();
    await fillDatabase(backend);
    const { bytes, fileName, count } = await exportFile(backend, 'json');
    expect(fileName).toBe('Partnerloom export 2026-03-01.json');
    expect(count).toBe(4);
    const json = JSON.parse(bytes.toString('utf8')) as {
      data: Record<string, Record<string, unknown>[]>;
    };
    expect(json).toMatchObject({
      format: 'partnerloom-export',
      formatVersion: 1,
      appVersion: '0.0.0-test',
      exportedAt: '2026-03-01T09:30:00.000Z',
    });
    expect(Object.keys(json.data)).toEqual(snapshotTables.map((t) => t.name));
    expect(json.data.institution).toEqual([
      expect.objectContaining({ legal_name: validInstitution.legalName }),
    ]);
    expect(json.data.partners?.[0]).toMatchObject({
      id: 1,
      types: ['training', 'hr_talent', 'quality_certification'],
      tags: ['-minus', 'a;b', 'dual VET'],
    });
    expect(Object.keys(json.data.partners?.[0] ?? {})).not.toContain('card_types');
    expect(json.data.contacts).toHaveLength(2);
    expect(json.data.interactions).toHaveLength(1);
    expect(json.data.phase_history).toHaveLength(5);
    expect(json.data.checklist_state).toHaveLength(1);
    expect(json.data.agreements).toEqual([expect.objectContaining({ reference: 'LOI-2026-001' })]);
    expect(json.data.documents).toEqual([expect.objectContaining({ file_name: 'LoI Ærø.pdf' })]);
  });

  it('covers every table of the schema, or says why one is left out', () => {
    const backend = testBackend();
    const tables = backend.db
      .prepare<[], string>(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'partner_search_%'`,
      )
      .pluck()
      .all();
    const covered = new Set([
      ...snapshotTables.map((t) => t.name),
      ...Object.keys(tablesNotExported),
    ]);
    expect(tables.filter((t) => !covered.has(t))).toEqual([]);
  });

  it('restores into an empty database, reproducing every row', async () => {
    const source = testBackend();
    await fillDatabase(source);
    const exported = (await exportFile(source, 'json')).bytes;

    const target = testBackend();
    const preview = await must(target, 'previewImport', {
      source: fileSource('Partnerloom export.json', exported),
      mapping: null,
    });
    expect(preview).toMatchObject({
      kind: 'json',
      blocked: null,
      appVersion: '0.0.0-test',
      counts: { partners: 4, contacts: 2, interactions: 1, agreements: 1, documents: 1 },
    });
    const report = await must(target, 'commitImport', {
      source: { token: preview.token },
      mapping: [],
      decisions: {},
      otherDuplicates: 'skip',
      skipProblemRows: false,
    });
    expect(report).toMatchObject({ imported: 4, restored: { partners: 4, phase_history: 5 } });
    const again = (await exportFile(target, 'json')).bytes;
    expect(again.toString('utf8')).toBe(exported.toString('utf8'));
    expect(await boardSummaries(target)).toEqual(await boardSummaries(source));
    const found = await must(target, 'findPartners', { ...noFilter, text: 'krol' });
    expect(found.ids).toEqual([1]);
    expect(
      await must(target, 'findSameName', { name: 'AERO ERHVERVSSKOLE', excludeId: null }),
    ).toHaveLength(1);
  });

  it('is refused by a database that already has data, which stays as it was', async () => {
    const source = testBackend();
    await fillDatabase(source);
    const exported = (await exportFile(source, 'json')).bytes;
    const target = testBackend();
    await createPartner(target, partnerInput({ name: 'Mine' }));
    const preview = await must(target, 'previewImport', {
      source: fileSource('export.json', exported),
      mapping: null,
    });
    expect(preview.kind === 'json' && preview.blocked).toMatch(
      /^This database already holds 1 partner\. A full export can only be restored into an empty database/,
    );
    const error = await refused(target, 'commitImport', {
      source: { token: preview.token },
      mapping: [],
      decisions: {},
      otherDuplicates: 'skip',
      skipProblemRows: false,
    });
    expect(error.code).toBe('conflict');
    expect(partnerRows(target).map((r) => r.name)).toEqual(['Mine']);
  });

  it('refuses a damaged export as a whole', async () => {
    const source = testBackend();
    await fillDatabase(source);
    const json = JSON.parse((await exportFile(source, 'json')).bytes.toString('utf8')) as {
      data: { contacts: { partner_id: number }[]; partners: { types: string[] }[] };
    };
    const target = testBackend();
    // A contact of a partner that is not in the file: refused by the database half-way.
    json.data.contacts[1]!.partner_id = 99;
    const dangling = await refused(target, 'commitImport', {
      source: fileSource('export.json', JSON.stringify(json)),
      mapping: [],
      decisions: {},
      otherDuplicates: 'skip',
      skipProblemRows: false,
    });
    expect(dangling.message).toMatch(/Entry 2 of “contacts” in this export cannot be restored/);
    expect(partnerRows(target)).toEqual([]);
    json.data.contacts[1]!.partner_id = 1;
    json.data.partners[0]!.types = ['space_travel'];
    const invalid = await refused(target, 'previewImport', {
      source: fileSource('export.json', JSON.stringify(json)),
      mapping: null,
    });
    expect(invalid.message).toMatch(
      /^This export is damaged or incomplete \(data\.partners\.0\.types\.0/,
    );
    const notOurs = await refused(target, 'previewImport', {
      source: fileSource('other.json', '{"hello": 1}'),
      mapping: null,
    });
    expect(notOurs.message).toMatch(/not a Partnerloom export/);
  });
});
