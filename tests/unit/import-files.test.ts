import fs from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/main/backend/portability/decodeText';
import { testBackend } from './helpers/backend';
import {
  commitTable,
  fixture,
  partnerRows,
  previewTable,
  refusedCommit,
} from './helpers/importFiles';
import { must, noFilter, refused } from './helpers/partners';

const names = [
  'Société Générale Formation',
  'Müller GmbH',
  'Ærø Erhvervsskole',
  'Escuela Señora de la Paz',
];

describe('reading spreadsheets in every encoding Excel and LibreOffice write', () => {
  it.each([
    ['partners-utf8.csv', 'UTF-8', ','],
    ['partners-utf8-bom.csv', 'UTF-8 with byte order mark', ','],
    ['partners-windows-1252.csv', 'Windows-1252 (Western European)', ','],
    ['partners-utf16le-bom.csv', 'UTF-16 (little endian)', ','],
    ['partners-semicolon.csv', 'UTF-8', ';'],
  ])(
    '%s: detects %s, delimiter %j, and imports the diacritics intact',
    async (file, encoding, delimiter) => {
      const backend = testBackend();
      const preview = await previewTable(backend, file, fixture(file));
      expect(preview).toMatchObject({ format: 'csv', encoding, delimiter, totalRows: 4 });
      expect(preview.columns.map((c) => c.header)[0]).toBe('Organisation');
      expect(preview.mapping).toEqual([
        'name',
        'country',
        'city',
        'contactEmail',
        'types',
        'stakeholderGroup',
        'contactName',
        'website',
      ]);
      expect(preview.rows.map((r) => r.name)).toEqual(names);
      expect(preview.counts).toEqual({ ready: 4, duplicates: 0, problems: 0 });
      expect(preview.rows[0]).toMatchObject({
        line: 2,
        types: ['training', 'funding'],
        stakeholderGroup: 'employer',
        contactName: 'Amélie Laurent',
        phase: 'scouting',
      });
      expect(preview.rows[2]?.types).toEqual(['hr_talent', 'quality_certification']);

      const report = await commitTable(backend, preview);
      expect(report).toEqual({ imported: 4, merged: 0, skipped: [], restored: null });
      const rows = partnerRows(backend);
      expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
      const soren = rows.find((r) => r.name === 'Ærø Erhvervsskole');
      expect(soren).toMatchObject({ city: 'Ærøskøbing', country: 'Denmark', phase: 'scouting' });
      expect(soren?.contacts).toEqual([
        { name: 'Søren Ærbø', role: '', email: '', phone: '', linkedin: '', is_primary: 1 },
      ]);
      expect(rows.find((r) => r.name === 'Müller GmbH')).toMatchObject({
        website: 'https://mueller.example.de',
        stakeholder_group: 'employer',
      });
      // Found by search, accents ignored, like partners entered by hand.
      const found = await must(backend, 'findPartners', { ...noFilter, text: 'aero' });
      expect(found.ids).toHaveLength(1);
    },
  );

  it('reads the first sheet of an Excel workbook, numbers and dates included', async () => {
    const backend = testBackend();
    const workbook = await writeXlsxFile(
      [
        ['Company', 'Country', 'Employees', 'Phase', 'Archived', 'Primary contact', 'Contact'],
        ['Łódź Tech Sp. z o.o.', 'Poland', 120, 'Proposal', null, true, 'Paweł Król'],
        [
          'Ελληνική Εταιρεία',
          'Greece',
          8,
          'first contact',
          new Date('2026-01-15T00:00:00Z'),
          null,
          null,
        ],
      ],
      { dateFormat: 'yyyy-mm-dd' },
    ).toBuffer();
    const preview = await previewTable(backend, 'partners.xlsx', workbook);
    expect(preview).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheet: 'Sheet1',
      totalRows: 2,
    });
    expect(preview.mapping).toEqual([
      'name',
      'country',
      'size',
      'phase',
      'archivedOn',
      'contactPrimary',
      'contactName',
    ]);
    expect(preview.rows.map((r) => [r.line, r.name, r.phase])).toEqual([
      [2, 'Łódź Tech Sp. z o.o.', 'proposal'],
      [3, 'Ελληνική Εταιρεία', 'first_contact'],
    ]);
    expect(await commitTable(backend, preview)).toMatchObject({ imported: 2, skipped: [] });
    expect(partnerRows(backend)).toEqual([
      expect.objectContaining({
        name: 'Łódź Tech Sp. z o.o.',
        size: 'medium',
        phase: 'proposal',
        archived: 0,
      }),
      expect.objectContaining({
        name: 'Ελληνική Εταιρεία',
        size: 'micro',
        phase: 'first_contact',
        archived: 1,
      }),
    ]);
  });

  it('refuses an old .xls file and a file that is not a spreadsheet, with a way out', async () => {
    const backend = testBackend();
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await refused(backend, 'previewImport', {
      source: { fileName: 'old.xls', base64: xls.toString('base64') },
      mapping: null,
    });
    expect(error.message).toMatch(/old \.xls format.*save it as \.xlsx/);
    const broken = await refused(backend, 'previewImport', {
      source: {
        fileName: 'x.xlsx',
        base64: Buffer.from('PK\u0003\u0004 not a zip').toString('base64'),
      },
      mapping: null,
    });
    expect(broken.code).toBe('invalid_input');
    expect(broken.message).toMatch(/cannot be read/);
  });
});

describe('rows the parser cannot read', () => {
  it('are reported with their line numbers, and nothing is imported unless they are skipped', async () => {
    const backend = testBackend();
    const preview = await previewTable(backend, 'malformed.csv', fixture('malformed.csv'));
    const problems = preview.rows.filter((r) => r.problems.length > 0);
    expect(problems.map((r) => [r.line, r.problems[0]])).toEqual([
      [3, 'Line 3 has 2 cells but the header has 3.'],
      [4, expect.stringMatching(/^Line 4 has 4 cells but the header has 3/)],
      [6, expect.stringMatching(/^Line 6 opens a quotation mark that is never closed/)],
    ]);
    expect(preview.counts).toEqual({ ready: 2, duplicates: 0, problems: 3 });

    const error = await refusedCommit(backend, preview);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^3 rows have problems, so nothing was imported\. Line 3/);
    expect(partnerRows(backend)).toEqual([]);

    const report = await commitTable(backend, preview, { skipProblemRows: true });
    expect(report.imported).toBe(2);
    expect(report.skipped.map((s) => s.line)).toEqual([3, 4, 6]);
    expect(partnerRows(backend).map((r) => r.name)).toEqual([
      'Handwerkskammer Wien',
      'Zespół Szkół',
    ]);
  });

  it('asks for the name column before anything can be imported', async () => {
    const backend = testBackend();
    const preview = await previewTable(backend, 'x.csv', 'Firma;Land\nKammer Graz;Austria\n');
    expect(preview.mapping).toEqual([null, 'country']);
    expect(preview.mappingProblem).toBe('Choose the column that holds “Name of the organisation”.');
    const remapped = await must(backend, 'previewImport', {
      source: { token: preview.token },
      mapping: ['name', 'country'],
    });
    expect(remapped).toMatchObject({ mappingProblem: null, counts: { ready: 1 } });
    const twice = await must(backend, 'previewImport', {
      source: { token: preview.token },
      mapping: ['name', 'name'],
    });
    expect(twice.kind === 'table' && twice.mappingProblem).toBe(
      '“Name of the organisation” is chosen for more than one column. Choose it for one only.',
    );
  });
});

describe('text encodings without a label', () => {
  const text = 'Name;Miasto\nŁódź Tech;Łódź\n';
  it.each([
    [
      'UTF-16 big endian with its mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf-16be',
    ],
    ['UTF-16 little endian without a mark', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['UTF-8 without a mark', Buffer.from(text, 'utf8'), 'utf-8'],
  ] as const)('%s', (_label, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('takes bytes that are not UTF-8 as Windows-1252', () => {
    // Æ r ø ; € in Windows-1252: 0xC6 starts a UTF-8 sequence that 0x72 does not continue.
    expect(decodeText(Buffer.from([0xc6, 0x72, 0xf8, 0x3b, 0x80]))).toEqual({
      encoding: 'windows-1252',
      text: 'Ærø;€',
    });
  });
});

describe('values the app does not know', () => {
  it('are listed in the preview wherever they are, and kept in the notes', async () => {
    const backend = testBackend();
    const lines = Array.from({ length: 30 }, (_, i) => `Partner ${i + 1},Training`);
    lines[24] = 'Partner 25,Training; Space travel';
    const preview = await previewTable(backend, 'p.csv', `Name,Types\n${lines.join('\n')}\n`);
    expect(preview.rows).toHaveLength(21);
    expect(preview.rows.at(-1)).toMatchObject({
      line: 26,
      types: ['training'],
      notices: ['Not recognised, kept in the notes: partnership type “Space travel”.'],
    });
    await commitTable(backend, preview);
    expect(partnerRows(backend).find((r) => r.name === 'Partner 25')).toMatchObject({
      types: ['training'],
      notes: 'Not recognised on import: partnership type “Space travel”.',
    });
  });
});

describe('cells that look like formulas', () => {
  it('are imported as the text the coordinator typed, and exported neutralised again', async () => {
    const backend = testBackend();
    const csv =
      'Name,Notes,Contact person,Phone,Tags\n' +
      `"=HYPERLINK(""http://x.example"",""x"")","=cmd|' /C calc'!A0",Ana,+43 1 234 5678,@home; -minus\n` +
      // What an export wrote: the apostrophes come off again.
      `"'=Neutralised by an export",'-5 employees,Bo,'+43 1 234 5678,'@not a tag\n`;
    const preview = await previewTable(backend, 'f.csv', csv);
    expect(preview.counts).toEqual({ ready: 2, duplicates: 0, problems: 0 });
    await commitTable(backend, preview);
    const imported = partnerRows(backend);
    expect(imported).toEqual([
      expect.objectContaining({
        name: '=HYPERLINK("http://x.example","x")',
        notes: "=cmd|' /C calc'!A0",
        tags: ['-minus', '@home'],
        contacts: [expect.objectContaining({ name: 'Ana', phone: '+43 1 234 5678' })],
      }),
      expect.objectContaining({
        name: '=Neutralised by an export',
        notes: '-5 employees',
        tags: ['@not a tag'],
        contacts: [expect.objectContaining({ name: 'Bo', phone: '+43 1 234 5678' })],
      }),
    ]);

    const exported = await must(backend, 'exportData', { kind: 'partnersCsv' });
    const text = fs.readFileSync(exported.savedPath!, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""x"")"`);
    expect(text).toContain("'=cmd|' /C calc'!A0");
    const again = testBackend();
    await commitTable(again, await previewTable(again, 'again.csv', text));
    expect(partnerRows(again)).toEqual(imported);
  });
});
