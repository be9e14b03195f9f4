import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { summariseYear } from '../../src/shared/activity/yearSummary';
import { annualReport } from '../../src/shared/documents/templates/annualReport';
import type { Block } from '../../src/shared/documents/model';
import type { Clock } from '../../src/main/backend/clock';
import type { Backend } from '../../src/main/backend';
import { fixture, now, partnerOneMou } from './helpers/activityFixture';
import { testBackend, validInstitution } from './helpers/backend';
import { docxText, flat, libreOfficeToPdf, pdfPages, pdfText, tempDir } from './documents-helpers';
import { agreementInput } from './helpers/documents';
import { contactInput, createPartner, interactionInput, must, refused } from './helpers/partners';

const rendering = { timeout: 60_000 };
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const agreements = [partnerOneMou];
const interactions = [
  { partnerId: 1, on: '2026-01-20', kind: 'call' as const },
  { partnerId: 2, on: '2026-03-02', kind: 'meeting' as const },
];

const text = (b: Block): string => JSON.stringify(b);
const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Block & { kind: 'table' } => b.kind === 'table');
const cellText = (cell: { runs: (string | { text: string })[] }) =>
  cell.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');

describe('the annual report model', () => {
  const summary = summariseYear({ facts: fixture, agreements, interactions, year: 2026 }, now);
  const model = annualReport({
    summary,
    date: '2026-06-15',
    institution: 'Zespół Szkół Technicznych Łódź',
  });

  it('opens with the title, the institution, the date and the key numbers in sentences', () => {
    expect(model.orientation).toBe('portrait');
    expect(model.blocks[0]).toEqual({
      kind: 'title',
      text: 'Partnership activity report 2026',
      subtitle: 'Zespół Szkół Technicznych Łódź · 15 June 2026',
    });
    expect(model.blocks[1]).toMatchObject({
      tone: 'muted',
      runs: ['The year is still running: figures for the end of the year are as of 15 June 2026.'],
    });
    const summaryText = text(model.blocks[3]!);
    expect(summaryText).toContain(
      'In 2026, Zespół Szkół Technicznych Łódź added 4 new partners to its partner network and signed 1 agreement.',
    );
    expect(summaryText).toContain(
      'On 15 June 2026, 1 partnership was running: 1 being set up and 0 in maintenance and growth.',
    );
    expect(summaryText).toContain('records 2 interactions with 2 partners during the year.');
    expect(summaryText).toContain(
      '1 of the 4 partners added in 2026 reached the collaboration stage (25%).',
    );
    expect(model.footer).toEqual({
      text: 'Zespół Szkół Technicznych Łódź · Partnership activity report 2026',
      pageNumbers: { template: 'Page {page} of {pages}' },
    });
  });

  it('tabulates new partners, agreements, running partnerships, interactions and stays', () => {
    const [byType, byGroup, signed, live, logged, stays, combos] = tables(model.blocks);
    expect(byType!.rows.map((r) => r.map(cellText))).toEqual([
      ['Training', '2', '1'],
      ['Funding', '2', '1'],
      ['No type yet', '1', '0'],
      ['Total', '4', '1'],
    ]);
    expect(byGroup!.rows.map((r) => cellText(r[0]!))).toEqual([
      'Employer or SME',
      'Social partner, chamber or sector association',
      'No group recorded',
      'Total',
    ]);
    expect(signed!.rows.map((r) => r.map(cellText))).toEqual([
      ['Partner 1', 'MoU', 'MOU-2026-0001', '10 March 2026', '9 March 2028'],
    ]);
    expect(live!.rows.map((r) => r.map(cellText))).toEqual([
      ['Partner 1', 'Collaboration setup', 'Employer or SME'],
    ]);
    // January to June only: the year is running.
    expect(logged!.rows).toHaveLength(7);
    expect(logged!.rows[0]!.map(cellText)).toEqual(['Jan 2026', '0', '1', '0', '0', '0', '1']);
    expect(logged!.rows.at(-1)!.map(cellText)).toEqual(['Total', '0', '1', '1', '0', '0', '2']);
    expect(stays!.rows.map((r) => r.map(cellText))).toEqual([
      ['Scouting', '3', '10'],
      ['First contact', '2', '25'],
      ['Proposal', '1', '30'],
      ['Collaboration setup', '0', '–'],
      ['Maintenance & growth', '0', '–'],
    ]);
    expect(combos!.rows.map((r) => r.map(cellText))).toEqual([['Training + Funding', '1']]);
    const all = model.blocks.map(text).join('\n');
    expect(all).toContain('the board saw 5 moves to a later phase and 1 move back');
    // Every group but employers has no running partnership; "Other" is never a gap.
    expect(all).toContain('Stakeholder groups with no running partnership: ');
    expect(all).toContain('social partner, chamber or sector association; employment service;');
    expect(all).not.toContain('other organisation');
  });

  it('caps the list of running partnerships with "and N more", and words an empty year', () => {
    const many = summariseYear(
      {
        facts: {
          ...fixture,
          partners: fixture.partners.map((p) => ({
            ...p,
            phase: 'maintenance_growth' as const,
            archivedAt: null,
          })),
          moves: [],
        },
        agreements: [],
        interactions: [],
        year: 2026,
      },
      now,
    );
    const capped = annualReport({ summary: many, date: '2026-06-15', liveListCap: 3 });
    expect(capped.blocks).toContainEqual({
      kind: 'paragraph',
      tone: 'small',
      runs: ['and 2 more.'],
    });
    const empty = annualReport({
      summary: summariseYear(
        {
          facts: { now: now.getTime(), partners: [], moves: [] },
          agreements,
          interactions: [],
          year: 2024,
        },
        now,
      ),
      date: '2026-06-15',
    });
    const words = empty.blocks.map(text).join('\n');
    expect(words).toContain(
      'In 2024, the institution added no new partners to its partner network and signed no agreements.',
    );
    expect(words).toContain('At the end of the year, no partnership was running yet.');
    expect(words).toContain('No agreement was signed in 2024.');
    expect(words).toContain('No interaction with a partner was logged in 2024.');
    expect(empty.footer.text).toBe('Partnership activity report 2024');
  });
});

/** A backend whose clock the test moves forward, so that moves land on known days. */
function steppedBackend(start: string): { backend: Backend; at: (iso: string) => void } {
  let current = new Date(start);
  const clock: Clock = { now: () => current };
  return { backend: testBackend({ clock }), at: (iso) => (current = new Date(iso)) };
}

async function workedYear() {
  const { backend, at } = steppedBackend('2026-01-10T10:00:00Z');
  await must(backend, 'saveInstitution', validInstitution);
  const hotel = await createPartner(
    backend,
    { name: 'Hotel Łódź', stakeholderGroup: 'employer', types: ['training', 'hr_talent'] },
    contactInput(),
  );
  const chamber = await createPartner(backend, {
    name: 'Izba Rzemieślnicza',
    stakeholderGroup: 'social_partner',
    types: ['training'],
  });
  at('2026-02-10T10:00:00Z');
  await must(backend, 'movePartner', { id: hotel, toPhase: 'first_contact', afterId: null });
  at('2026-03-10T10:00:00Z');
  await must(backend, 'movePartner', { id: hotel, toPhase: 'collaboration_setup', afterId: null });
  await must(backend, 'movePartner', { id: chamber, toPhase: 'first_contact', afterId: null });
  const { agreement } = await must(backend, 'exportDocument', {
    partnerId: hotel,
    kind: 'mou',
    formats: ['docx'],
    input: agreementInput({
      reference: 'MOU-2026-0042',
      partner: { ...agreementInput().partner, organisation: 'Hotel Łódź' },
    }),
  });
  await must(backend, 'setAgreementStatus', {
    partnerId: hotel,
    id: agreement!.id,
    status: 'signed',
    signedOn: '2026-03-10',
    validFrom: '2026-03-10',
    validUntil: '2029-03-09',
  });
  await must(backend, 'saveInteraction', {
    partnerId: hotel,
    id: null,
    interaction: interactionInput({ occurredOn: '2026-02-12', kind: 'meeting' }),
  });
  at('2026-06-15T10:00:00Z');
  return { backend, at, hotel, chamber };
}

describe('the activity exports through the backend', rendering, () => {
  it('writes a table as CSV, computed with the backend clock and the filter', async () => {
    const { backend } = await workedYear();
    const { savedTo } = await must(backend, 'exportActivityCsv', {
      table: 'phases',
      filter: { types: [], groups: [] },
    });
    expect(path.basename(savedTo!)).toBe(
      'Partnerloom activity - Partners per phase now – 2026-06-15.csv',
    );
    const rows = Papa.parse<string[]>(fs.readFileSync(savedTo!, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ['Phase', 'Active partners'],
      ['Scouting', '0'],
      ['First contact', '1'],
      ['Proposal', '0'],
      ['Collaboration setup', '1'],
      ['Maintenance & growth', '0'],
      ['Total', '2'],
    ]);
    const months = await must(backend, 'exportActivityCsv', {
      table: 'months',
      filter: { types: [], groups: ['employer'] },
    });
    const monthRows = Papa.parse<string[]>(
      fs.readFileSync(months.savedTo!, 'utf8').replace(/^\uFEFF/, ''),
      { skipEmptyLines: true },
    ).data;
    // July 2025 to June 2026; the hotel moved in February and March.
    expect(monthRows[1]![0]).toBe('Jul 2025');
    expect(monthRows.find((r) => r[0] === 'Feb 2026')!.at(-1)).toBe('1');
    expect(monthRows.find((r) => r[0] === 'Mar 2026')!.at(-1)).toBe('1');
    expect(monthRows.find((r) => r[0] === 'Jan 2026')![1]).toBe('1');
    expect(
      await refused(backend, 'exportActivityCsv', {
        table: 'nope',
        filter: { types: [], groups: [] },
      } as never),
    ).toMatchObject({ code: 'invalid_input' });
  });

  it('saves the annual report as PDF and Word, records it, and refuses a future year', async () => {
    const { backend } = await workedYear();
    const result = await must(backend, 'exportAnnualReport', {
      year: 2026,
      formats: ['docx', 'pdf'],
    });
    expect(result.cancelled).toBe(false);
    // PDF first, whatever order they were asked in.
    expect(result.saved.map((s) => s.format)).toEqual(['pdf', 'docx']);
    const [pdf, docx] = result.saved;
    expect(pdf!.fileName).toBe(
      'Partnership activity report 2026 – Zespół Szkół Technicznych Łódź – 2026-06-15.pdf',
    );
    const pdfWords = flat(pdfText(fs.readFileSync(pdf!.savedPath!)));
    expect(pdfWords).toContain('Partnership activity report 2026');
    expect(pdfWords).toContain(
      'In 2026, Zespół Szkół Technicznych Łódź added 2 new partners to its partner network and signed 1 agreement.',
    );
    expect(pdfWords).toContain('MOU-2026-0042');
    expect(pdfWords).toContain('10 March 2026');
    expect(pdfWords).toContain('Hotel Łódź Collaboration setup Employer or SME');
    expect(pdfWords).toContain('Page 1 of');
    const wordText = flat(await docxText(fs.readFileSync(docx!.savedPath!)));
    expect(wordText).toContain(
      '1 of the 2 partners added in 2026 reached the collaboration stage (50%).',
    );
    expect(wordText).toContain('Training + HR & talent');

    // In the history, so that Open and Show in folder find it.
    expect(await must(backend, 'openDocument', { source: 'document', id: pdf!.id })).toEqual({
      done: false,
      path: pdf!.savedPath,
    });

    expect(
      await refused(backend, 'exportAnnualReport', { year: 2027, formats: ['pdf'] }),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { year: 'Choose this year or an earlier one.' },
    });
    expect(await refused(backend, 'exportAnnualReport', { year: 2026, formats: [] })).toMatchObject(
      {
        code: 'invalid_input',
      },
    );
  });

  it.skipIf(!hasSoffice)(
    'opens in LibreOffice with the same number of pages as the PDF (skipped without soffice)',
    async () => {
      const { backend } = await workedYear();
      const { saved } = await must(backend, 'exportAnnualReport', {
        year: 2026,
        formats: ['pdf', 'docx'],
      });
      const dir = tempDir('pl-annual-lo-');
      try {
        libreOfficeToPdf([saved[1]!.savedPath!], dir, dir);
        const converted = path.join(dir, path.basename(saved[1]!.savedPath!, '.docx') + '.pdf');
        expect(pdfPages(converted)).toBe(pdfPages(saved[0]!.savedPath!));
        expect(flat(pdfText(fs.readFileSync(converted)))).toContain('Agreements signed');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
