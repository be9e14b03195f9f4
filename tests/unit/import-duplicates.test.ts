import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers/backend';
import { commitTable, partnerRows, previewTable, refusedCommit } from './helpers/importFiles';
import {
  columns,
  contactInput,
  createPartner,
  must,
  noFilter,
  recomputedSummaries,
  boardSummaries,
} from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

const header = 'Organisation,Website,Email,Contact person,Types,Tags\n';

async function withExisting() {
  const backend = testBackend();
  const kammer = await createPartner(
    backend,
    {
      name: 'Handwerkskammer Köln',
      website: 'https://www.hwk-koeln.example.de',
      types: ['training'],
    },
    contactInput({ name: 'Jana Schmidt', email: 'j.schmidt@hwk.example.de' }),
  );
  const lodz = await createPartner(backend, { name: 'Izba Rzemieślnicza Łódź', types: [] });
  return { backend, kammer, lodz };
}

const file =
  header +
  // Same name, case and accents aside.
  'HANDWERKSKAMMER KOLN,,,,Mobility,chamber\n' +
  // Same website domain under another name.
  'HWK Cologne,http://hwk-koeln.example.de/ausbildung,,,,\n' +
  // Same contact email.
  'Kammer (Köln),,J.Schmidt@hwk.example.de,Jana Schmidt,,\n' +
  'Brand New GmbH,https://brand-new.example.de,office@brand-new.example.de,Olaf Neu,Innovation,\n' +
  // Duplicate of the row above, within the file.
  'Brand New GmbH,,,,Funding,\n' +
  'Izba Rzemieslnicza Lodz,,,Ewa Nowak,Funding,łódź\n';

describe('likely duplicates', () => {
  it('are found by folded name, website domain and contact email, in the database and the file', async () => {
    const { backend, kammer, lodz } = await withExisting();
    const preview = await previewTable(backend, 'partners.csv', file);
    expect(preview.rows.map((r) => [r.line, r.duplicate])).toEqual([
      [
        2,
        {
          target: { kind: 'partner', id: kammer, name: 'Handwerkskammer Köln' },
          reasons: ['name'],
        },
      ],
      [
        3,
        {
          target: { kind: 'partner', id: kammer, name: 'Handwerkskammer Köln' },
          reasons: ['website'],
        },
      ],
      [
        4,
        {
          target: { kind: 'partner', id: kammer, name: 'Handwerkskammer Köln' },
          reasons: ['email'],
        },
      ],
      [5, null],
      [6, { target: { kind: 'row', line: 5, name: 'Brand New GmbH' }, reasons: ['name'] }],
      [
        7,
        {
          target: { kind: 'partner', id: lodz, name: 'Izba Rzemieślnicza Łódź' },
          reasons: ['name'],
        },
      ],
    ]);
    expect(preview.counts).toEqual({ ready: 1, duplicates: 5, problems: 0 });
  });

  it('honour skip, merge and import anyway per row, and say why rows were skipped', async () => {
    const { backend, kammer, lodz } = await withExisting();
    const preview = await previewTable(backend, 'partners.csv', file);
    const report = await commitTable(backend, preview, {
      decisions: { 2: 'merge', 3: 'skip', 4: 'import', 6: 'merge', 7: 'merge' },
    });
    expect(report.imported).toBe(2);
    expect(report.merged).toBe(3);
    expect(report.skipped).toEqual([
      {
        line: 3,
        name: 'HWK Cologne',
        reason: 'Likely already there as “Handwerkskammer Köln” (same website).',
      },
    ]);
    const rows = partnerRows(backend);
    expect(rows.map((r) => r.name)).toEqual([
      'Brand New GmbH',
      'Handwerkskammer Köln',
      'Izba Rzemieślnicza Łódź',
      'Kammer (Köln)',
    ]);
    const merged = rows.find((r) => r.name === 'Handwerkskammer Köln');
    expect(merged).toMatchObject({
      types: ['mobility', 'training'],
      tags: ['chamber'],
      website: 'https://www.hwk-koeln.example.de',
    });
    expect(merged?.contacts).toHaveLength(1);
    expect(rows.find((r) => r.name === 'Brand New GmbH')).toMatchObject({
      types: ['funding', 'innovation'],
      contacts: [expect.objectContaining({ name: 'Olaf Neu', is_primary: 1 })],
    });
    expect(rows.find((r) => r.name === 'Izba Rzemieślnicza Łódź')).toMatchObject({
      types: ['funding'],
      tags: ['łódź'],
      contacts: [expect.objectContaining({ name: 'Ewa Nowak', is_primary: 1 })],
    });
    // "Import anyway" made a second partner with the same contact email.
    expect(rows.find((r) => r.name === 'Kammer (Köln)')?.contacts).toEqual([
      expect.objectContaining({ email: 'J.Schmidt@hwk.example.de' }),
    ]);
    // Cards and search are up to date, as after any other write.
    expect(await boardSummaries(backend)).toEqual(recomputedSummaries(backend));
    const found = await must(backend, 'findPartners', { ...noFilter, text: 'olaf' });
    expect(found.ids).toHaveLength(1);
    expect(kammer).toBeLessThan(lodz);
  });

  it('skips every likely duplicate unless told otherwise', async () => {
    const { backend } = await withExisting();
    const preview = await previewTable(backend, 'partners.csv', file);
    const report = await commitTable(backend, preview);
    expect(report.imported).toBe(1);
    expect(report.skipped.map((s) => s.line)).toEqual([2, 3, 4, 6, 7]);
    expect(report.skipped[3]?.reason).toBe('Likely the same as line 5 (same name).');
  });
});

describe('placing imported partners', () => {
  it('puts them at the top of Scouting in file order, or in the phase a column names', async () => {
    const backend = testBackend();
    const existing = await createPartner(backend, { name: 'Already here' });
    const preview = await previewTable(
      backend,
      'p.csv',
      'Name,Stage\nFirst,\nSecond,Proposal\nThird,scouting\nFourth,proposal\n',
    );
    await commitTable(backend, preview);
    const names = new Map(partnerRows(backend).map((r, i) => [r.name, i]));
    expect(names.size).toBe(5);
    const board = decodeBoard(await must(backend, 'getBoard', undefined));
    const byPhase = (phase: string) =>
      board.cards.filter((c) => c.phase === phase).map((c) => c.name);
    expect(byPhase('scouting')).toEqual(['First', 'Third', 'Already here']);
    expect(byPhase('proposal')).toEqual(['Second', 'Fourth']);
    const second = board.cards.find((c) => c.name === 'Second')!;
    const detail = await must(backend, 'getPartner', { id: second.id });
    expect(detail.history).toEqual([
      expect.objectContaining({ fromPhase: null, toPhase: 'proposal' }),
    ]);
    expect((await columns(backend)).scouting?.at(-1)).toBe(existing);
  });
});

describe('the whole import', () => {
  it('is one transaction: a failure half-way leaves nothing imported', async () => {
    const backend = testBackend();
    await createPartner(backend, { name: 'Already here' });
    // The database refuses the 5,000th row, long after the first ones were written.
    backend.db.exec(`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON partners
      WHEN NEW.name = 'Partner 5000' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const lines = Array.from(
      { length: 6000 },
      (_, i) => `Partner ${i + 1},c${i}@example.eu,Person ${i}`,
    );
    const preview = await previewTable(
      backend,
      'big.csv',
      `Name,Email,Contact\n${lines.join('\n')}\n`,
    );
    const error = await refusedCommit(backend, preview);
    expect(error.code).toBe('internal');
    expect(partnerRows(backend).map((r) => r.name)).toEqual(['Already here']);
    expect(backend.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    expect(backend.db.prepare('SELECT count(*) FROM phase_history').pluck().get()).toBe(1);
  });

  it('imports a 10,000-row CSV with cards and search right', async () => {
    const backend = testBackend();
    const types = ['Training', 'Mobility; Funding', 'HR & talent', ''];
    const lines = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Organisation ${i + 1} Łódź,Poland,Łódź,kontakt${i}@org${i}.example.pl,Osoba ${i},${types[i % 4]},https://org${i}.example.pl`,
    );
    const csv = `Organisation,Country,City,E-mail,Contact person,Type(s),Website\n${lines.join('\n')}\n`;
    const preview = await previewTable(backend, 'big.csv', csv);
    expect(preview).toMatchObject({
      totalRows: 10_000,
      counts: { ready: 10_000, duplicates: 0, problems: 0 },
    });
    expect(preview.rows).toHaveLength(20);
    const report = await commitTable(backend, preview);
    expect(report).toMatchObject({ imported: 10_000, merged: 0, skipped: [] });
    const board = decodeBoard(await must(backend, 'getBoard', undefined));
    expect(board.cards).toHaveLength(10_000);
    expect(board.cards[0]).toMatchObject({
      name: 'Organisation 1 Łódź',
      primaryContact: 'Osoba 0',
      types: ['training'],
    });
    expect(board.cards.at(-1)?.name).toBe('Organisation 10000 Łódź');
    expect(await boardSummaries(backend)).toEqual(recomputedSummaries(backend));
    const found = await must(backend, 'findPartners', { ...noFilter, text: 'kontakt9999' });
    expect(found.ids).toEqual([board.cards.at(-1)?.id]);
  }, 60_000);
});
