import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/main/backend/csv';
import { restoreCell } from '../../src/shared/portability/cells';
import { overlapReport } from '../../src/shared/documents/templates/overlapReport';
import type { Block } from '../../src/shared/documents/model';
import {
  type PartnershipType,
  partnershipTypes,
  phases,
  stakeholderGroups,
} from '../../src/shared/domain';
import {
  type OverlapSelection,
  computeOverlap,
  gapGroups,
  largestPairCount,
  partnersInSelection,
  selectionLabel,
} from '../../src/shared/overlap/compute';
import {
  type OverlapPartner,
  decodeOverlapFacts,
  emptyOverlapFilter,
  encodeOverlapFacts,
  filterOverlapPartners,
  livePhases,
} from '../../src/shared/overlap/facts';
import {
  diagonalStep,
  heatLegend,
  heatLevel,
  heatStep,
  heatSteps,
} from '../../src/shared/overlap/heat';
import { suggestTypes, suggestionRule } from '../../src/shared/overlap/suggestions';
import { overlapTableRows } from '../../src/shared/overlap/tables';
import { combinationLabel, typeShortLabels } from '../../src/shared/overlap/wording';
import { docxText, flat, pdfPages, pdfText } from './documents-helpers';
import { call, testBackend, tempDir, validInstitution } from './helpers/backend';
import { createPartner, must } from './helpers/partners';

const idx = (t: PartnershipType) => partnershipTypes.indexOf(t);

/** Six partners whose overlap is worked out by hand below. */
const fixture: OverlapPartner[] = [
  {
    id: 1,
    name: 'A',
    types: ['training', 'funding', 'hr_talent'],
    group: 'employer',
    phase: 'collaboration_setup',
    country: 'Austria',
  },
  {
    id: 2,
    name: 'B',
    types: ['training', 'hr_talent'],
    group: 'employer',
    phase: 'maintenance_growth',
    country: 'Austria',
  },
  {
    id: 3,
    name: 'C',
    types: ['training', 'mobility', 'hr_talent'],
    group: 'employer',
    phase: 'scouting',
    country: 'Germany',
  },
  {
    id: 4,
    name: 'D',
    types: ['training'],
    group: 'employer',
    phase: 'proposal',
    country: 'Germany',
  },
  {
    id: 5,
    name: 'E',
    types: ['mobility'],
    group: 'education_provider',
    phase: 'first_contact',
    country: 'Poland',
  },
  { id: 6, name: 'F', types: [], group: null, phase: 'scouting', country: ' Poland ' },
];

/** A PDF's text as laid out (each table row on one line), spaces made single. */
const layoutText = (file: string) =>
  flat(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

/** Every block, those inside columns included, in reading order. */
const flatBlocks = (blocks: Block[]): Block[] =>
  blocks.flatMap((b) =>
    b.kind === 'columns' ? [b, ...b.columns.flatMap((c) => flatBlocks(c.blocks))] : [b],
  );

/** The matrix as { "row type|column type": count } without zeros, for readable expectations. */
function nonZero(matrix: number[][]): Record<string, number> {
  const out: Record<string, number> = {};
  matrix.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== 0) out[`${partnershipTypes[i]}|${partnershipTypes[j]}`] = v;
    }),
  );
  return out;
}

describe('the overlap of a hand-checked fixture', () => {
  const result = computeOverlap(fixture);

  it('counts partners with each type (diagonal) and with both types (other cells)', () => {
    expect(nonZero(result.matrix)).toEqual({
      'training|training': 4,
      'training|mobility': 1,
      'training|funding': 1,
      'training|hr_talent': 3,
      'mobility|training': 1,
      'mobility|mobility': 2,
      'mobility|hr_talent': 1,
      'funding|training': 1,
      'funding|funding': 1,
      'funding|hr_talent': 1,
      'hr_talent|training': 3,
      'hr_talent|mobility': 1,
      'hr_talent|funding': 1,
      'hr_talent|hr_talent': 3,
    });
    expect(result.total).toBe(6);
    expect(result.typesInUse).toBe(4);
    expect(largestPairCount(result.matrix)).toBe(3);
  });

  it('lists every combination partners have, most shared first, then fewer types first', () => {
    expect(result.combinations.map((c) => [combinationLabel(c.types), c.count])).toEqual([
      ['Training', 1],
      ['Mobility', 1],
      ['Training + HR & talent', 1],
      ['Training + Mobility + HR & talent', 1],
      ['Training + Funding + HR & talent', 1],
    ]);
    expect(result.roles).toEqual({ multi: 3, single: 2, none: 1 });
    const withTwoTrainees = computeOverlap([...fixture, { ...fixture[3]!, id: 7 }]);
    expect(withTwoTrainees.combinations[0]).toEqual({ types: ['training'], count: 2 });
  });

  it('crosses stakeholder groups with types and names the gaps', () => {
    const byGroup = Object.fromEntries(
      result.groups.map((g) => [
        g.group ?? 'none',
        { partners: g.partners, ...nonZero([g.counts]) },
      ]),
    );
    expect(byGroup.employer).toEqual({
      partners: 4,
      'training|training': 4,
      'training|mobility': 1,
      'training|funding': 1,
      'training|hr_talent': 3,
    });
    expect(byGroup.education_provider).toEqual({ partners: 1, 'training|mobility': 1 });
    expect(byGroup.none).toEqual({ partners: 1 });
    expect(byGroup.employment_service).toEqual({ partners: 0 });
    expect(result.groups.map((g) => g.group)).toEqual([...stakeholderGroups, null]);
    expect(result.missingGroups).toEqual([
      'social_partner',
      'employment_service',
      'alumni_network',
      'public_civil_society',
      'quality_body',
      'international_network',
    ]);
    // With a group filter, only the chosen groups can be gaps.
    expect(gapGroups(result, [])).toEqual(result.missingGroups);
    expect(gapGroups(result, ['employer', 'quality_body'])).toEqual(['quality_body']);
    expect(result.unusedTypes).toEqual([
      'innovation',
      'infrastructure',
      'quality_certification',
      'entrepreneurship',
      'community_inclusion',
      'international_alliances',
      'data_intelligence',
    ]);
    // No "no group" row when every partner has a group.
    expect(computeOverlap(fixture.slice(0, 5)).groups.map((g) => g.group)).toEqual([
      ...stakeholderGroups,
    ]);
  });

  it('lists the partners behind a cell, a bar or a count', () => {
    const ids = (s: OverlapSelection) => partnersInSelection(fixture, s).map((p) => p.id);
    expect(ids({ kind: 'pair', a: 'training', b: 'hr_talent' })).toEqual([1, 2, 3]);
    expect(ids({ kind: 'pair', a: 'mobility', b: 'mobility' })).toEqual([3, 5]);
    expect(ids({ kind: 'combination', types: ['training', 'hr_talent'] })).toEqual([2]);
    expect(ids({ kind: 'roles', roles: 'multi' })).toEqual([1, 2, 3]);
    expect(ids({ kind: 'roles', roles: 'single' })).toEqual([4, 5]);
    expect(ids({ kind: 'roles', roles: 'none' })).toEqual([6]);
    expect(ids({ kind: 'group', group: 'employer', type: 'hr_talent' })).toEqual([1, 2, 3]);
    expect(ids({ kind: 'group', group: null, type: null })).toEqual([6]);
    expect(selectionLabel({ kind: 'pair', a: 'training', b: 'funding' })).toBe(
      'Training + Funding',
    );
    expect(selectionLabel({ kind: 'group', group: 'employer', type: 'mobility' })).toBe(
      'Employer or SME · Mobility',
    );
  });

  it('filters by phase, group and (trimmed) country', () => {
    const ids = (f: Partial<typeof emptyOverlapFilter>) =>
      filterOverlapPartners(fixture, { ...emptyOverlapFilter, ...f }).map((p) => p.id);
    expect(ids({})).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ids({ phases: [...livePhases] })).toEqual([1, 2]);
    expect(ids({ groups: ['employer'], countries: ['Germany'] })).toEqual([3, 4]);
    expect(ids({ countries: ['Poland'] })).toEqual([5, 6]);
    const live = computeOverlap(
      filterOverlapPartners(fixture, { ...emptyOverlapFilter, phases: [...livePhases] }),
    );
    expect(nonZero(live.matrix)['training|hr_talent']).toBe(2);
    expect(live.roles).toEqual({ multi: 2, single: 0, none: 0 });
  });

  it('suggests what most other partners of the group have, with the rule in words', () => {
    expect(suggestTypes(fixture[3]!, fixture)).toEqual([
      {
        type: 'hr_talent',
        peersWith: 3,
        peers: 3,
        text: '3 of 3 other employers or SMEs also partner with you on HR & talent',
      },
    ]);
    // Funding: only one of three other employers, below the threshold.
    expect(suggestTypes(fixture[2]!, fixture)).toEqual([]);
    // No group, or "Other": nothing to compare with.
    expect(suggestTypes(fixture[5]!, fixture)).toEqual([]);
    expect(
      suggestTypes(
        { ...fixture[3]!, group: 'other' },
        fixture.map((p) => ({ ...p, group: 'other' as const })),
      ),
    ).toEqual([]);
    // Dismissed ideas are left out.
    expect(suggestTypes(fixture[3]!, fixture, new Set(['hr_talent']))).toEqual([]);
  });

  it('ranks ideas, keeps at most three and needs two peers and half of them', () => {
    const employer = (id: number, types: PartnershipType[]): OverlapPartner => ({
      id,
      name: `E${id}`,
      types,
      group: 'employer',
      phase: 'scouting',
      country: '',
    });
    const peers = [
      employer(1, ['mobility', 'funding', 'innovation', 'infrastructure']),
      employer(2, ['mobility', 'funding', 'innovation', 'infrastructure']),
      employer(3, ['mobility', 'funding', 'innovation']),
      employer(4, ['mobility', 'funding', 'data_intelligence']),
      employer(5, ['mobility']),
    ];
    const subject = employer(9, ['training']);
    expect(suggestTypes(subject, [subject, ...peers]).map((s) => [s.type, s.peersWith])).toEqual([
      ['mobility', 5],
      ['funding', 4],
      ['innovation', 3],
    ]);
    expect(
      suggestTypes(subject, peers, new Set<PartnershipType>(['funding'])).map((s) => s.type),
    ).toEqual(['mobility', 'innovation']);
    // 2 of 5 have infrastructure: under half.
    expect(
      suggestTypes(subject, peers, new Set<PartnershipType>(['mobility', 'funding', 'innovation'])),
    ).toEqual([]);
    // One peer with the type is never enough, even if it is all of them.
    expect(suggestTypes(subject, [peers[0]!])).toEqual([]);
    expect(suggestionRule.explanation).toMatch(/at least half .*at least two/);
  });
});

const typeList = fc
  .subarray([...partnershipTypes])
  .map((ts) => partnershipTypes.filter((t) => ts.includes(t)));
const partnersArb = fc
  .array(
    fc.record({
      types: typeList,
      group: fc.constantFrom(...stakeholderGroups, null),
      phase: fc.constantFrom(...phases),
      country: fc.constantFrom('Austria', 'Poland', ' Poland', ''),
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((p, i): OverlapPartner => ({ ...p, id: i + 1, name: `P${i + 1}` })));

describe('overlap invariants (property-based)', () => {
  it('the matrix is symmetric and its diagonal is the largest number of its row', () => {
    fc.assert(
      fc.property(partnersArb, (partners) => {
        const { matrix } = computeOverlap(partners);
        matrix.forEach((row, i) =>
          row.forEach((v, j) => {
            expect(v).toBe(matrix[j]![i]);
            expect(matrix[i]![i]).toBeGreaterThanOrEqual(v);
          }),
        );
      }),
    );
  });

  it('combinations add up to the partners with a type; roles add up to all partners', () => {
    fc.assert(
      fc.property(partnersArb, (partners) => {
        const r = computeOverlap(partners);
        const withType = partners.filter((p) => p.types.length > 0).length;
        expect(r.combinations.reduce((sum, c) => sum + c.count, 0)).toBe(withType);
        expect(r.roles.multi + r.roles.single + r.roles.none).toBe(partners.length);
        expect(r.roles.multi).toBe(
          r.combinations.filter((c) => c.types.length >= 2).reduce((s, c) => s + c.count, 0),
        );
        // Distinct, and sorted by count.
        expect(new Set(r.combinations.map((c) => combinationLabel(c.types))).size).toBe(
          r.combinations.length,
        );
        r.combinations.forEach((c, i) => {
          if (i > 0) expect(r.combinations[i - 1]!.count).toBeGreaterThanOrEqual(c.count);
        });
        expect(r.groups.reduce((s, g) => s + g.partners, 0)).toBe(partners.length);
      }),
    );
  });

  it('every number lists exactly as many partners as it says', () => {
    fc.assert(
      fc.property(partnersArb, (partners) => {
        const r = computeOverlap(partners);
        const count = (s: OverlapSelection) => partnersInSelection(partners, s).length;
        partnershipTypes.forEach((a, i) =>
          partnershipTypes.forEach((b, j) =>
            expect(count({ kind: 'pair', a, b })).toBe(r.matrix[i]![j]),
          ),
        );
        for (const c of r.combinations) {
          expect(count({ kind: 'combination', types: c.types })).toBe(c.count);
        }
        for (const roles of ['multi', 'single', 'none'] as const) {
          expect(count({ kind: 'roles', roles })).toBe(r.roles[roles]);
        }
        for (const g of r.groups) {
          expect(count({ kind: 'group', group: g.group, type: null })).toBe(g.partners);
          partnershipTypes.forEach((t, i) =>
            expect(count({ kind: 'group', group: g.group, type: t })).toBe(g.counts[i]),
          );
        }
        // Column sums of the group matrix are the diagonal.
        partnershipTypes.forEach((_, i) =>
          expect(r.groups.reduce((s, g) => s + g.counts[i]!, 0)).toBe(r.matrix[i]![i]),
        );
      }),
    );
  });

  it('the compact form the backend sends decodes to the same partners', () => {
    fc.assert(
      fc.property(partnersArb, (partners) => {
        const wire = encodeOverlapFacts(partners);
        expect(decodeOverlapFacts(JSON.parse(JSON.stringify(wire)) as typeof wire)).toEqual(
          partners,
        );
        expect(wire.countryList.length).toBe(new Set(partners.map((p) => p.country)).size);
      }),
    );
  });

  it('filters keep only matching partners, and no filter keeps them all', () => {
    fc.assert(
      fc.property(
        partnersArb,
        fc.subarray([...phases]),
        fc.subarray([...stakeholderGroups]),
        (partners, ph, groups) => {
          expect(filterOverlapPartners(partners, emptyOverlapFilter)).toEqual(partners);
          const kept = filterOverlapPartners(partners, { phases: ph, groups, countries: [] });
          for (const p of partners) {
            const match =
              (ph.length === 0 || ph.includes(p.phase)) &&
              (groups.length === 0 || (p.group !== null && groups.includes(p.group)));
            expect(kept.includes(p)).toBe(match);
          }
        },
      ),
    );
  });

  it('ideas follow the rule: at most three, new types only, common enough, best first', () => {
    fc.assert(
      fc.property(
        partnersArb,
        fc.nat(),
        fc.subarray([...partnershipTypes]),
        (partners, pick, dismissed) => {
          if (partners.length === 0) return;
          const subject = partners[pick % partners.length]!;
          const ideas = suggestTypes(subject, partners, new Set(dismissed));
          expect(ideas.length).toBeLessThanOrEqual(3);
          const peers = partners.filter((p) => p.id !== subject.id && p.group === subject.group);
          ideas.forEach((idea, i) => {
            expect(subject.types).not.toContain(idea.type);
            expect(dismissed).not.toContain(idea.type);
            expect(idea.peers).toBe(peers.length);
            expect(idea.peersWith).toBe(peers.filter((p) => p.types.includes(idea.type)).length);
            expect(idea.peersWith).toBeGreaterThanOrEqual(2);
            expect(idea.peersWith * 2).toBeGreaterThanOrEqual(idea.peers);
            if (i > 0) expect(ideas[i - 1]!.peersWith).toBeGreaterThanOrEqual(idea.peersWith);
          });
        },
      ),
    );
  });

  it('the colour scale rises with the count and its legend covers every count once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (max) => {
        const legend = heatLegend(max);
        expect(legend[0]!.from).toBe(1);
        expect(legend.at(-1)!.to).toBe(max);
        legend.forEach((entry, i) => {
          if (i > 0) expect(entry.from).toBe(legend[i - 1]!.to + 1);
          for (const n of [entry.from, entry.to]) expect(heatStep(n, max)).toBe(entry.step);
        });
        for (let n = 1; n < max; n++) {
          expect(heatLevel(n + 1, max)).toBeGreaterThanOrEqual(heatLevel(n, max));
        }
        expect(heatLevel(0, max)).toBe(0);
        expect(heatLevel(max, max)).toBe(heatSteps.length);
      }),
    );
  });
});

describe('CSV files', () => {
  const parse = (text: string) =>
    Papa.parse<string[]>(text.slice(1).replace(/\r\n$/, ''), { delimiter: ',', newline: '\r\n' })
      .data;

  it('start with a byte-order mark, end lines with CRLF and quote where needed', () => {
    const text = csvText([
      ['Combination', 'Partners'],
      ['Training + HR & talent', 7],
      ['Say "hi", then go', 1],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(
      'Combination,Partners\r\nTraining + HR & talent,7\r\n"Say ""hi"", then go",1\r\n',
    );
  });

  it('neutralise cells that a spreadsheet would run as a formula', () => {
    const text = csvText([
      ['=1+1', '+49 30', '-x', '@SUM(A1)', '\tx', '\rx', '=cmd\nnext line', 'safe -', 3],
    ]);
    expect(parse(text)).toEqual([
      ["'=1+1", "'+49 30", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "'=cmd\nnext line", 'safe -', '3'],
    ]);
  });

  it('read back as written once the importer takes the apostrophe off (any text)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          // A row of one empty cell is an empty line, which a reader cannot tell from no row.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          const back = parse(csvText(rows));
          for (const row of back) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(back.map((r) => r.map(restoreCell))).toEqual(rows);
        },
      ),
    );
  });
});

describe('the overlap service', () => {
  it('keeps dismissed ideas dismissed across a restart, until they are brought back', async () => {
    const dataDir = tempDir();
    const first = testBackend({ dataDir });
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      await createPartner(first, {
        name,
        stakeholderGroup: 'employer',
        types: ['training', 'mobility', 'funding'],
      });
    }
    const subject = await createPartner(first, {
      name: 'Delta',
      stakeholderGroup: 'employer',
      types: ['training'],
    });
    const ideas = await must(first, 'getSuggestions', { partnerId: subject });
    expect(ideas.suggestions.map((s) => s.text)).toEqual([
      '3 of 3 other employers or SMEs also partner with you on mobility',
      '3 of 3 other employers or SMEs also partner with you on funding',
    ]);
    expect(ideas.dismissed).toBe(0);
    const after = await must(first, 'dismissSuggestion', { partnerId: subject, type: 'mobility' });
    expect(after.suggestions.map((s) => s.type)).toEqual(['funding']);
    expect(after.dismissed).toBe(1);
    // Twice is harmless.
    await must(first, 'dismissSuggestion', { partnerId: subject, type: 'mobility' });
    first.close();

    const second = testBackend({ dataDir });
    const reopened = await must(second, 'getSuggestions', { partnerId: subject });
    expect(reopened.suggestions.map((s) => s.type)).toEqual(['funding']);
    expect(reopened.dismissed).toBe(1);
    const back = await must(second, 'restoreSuggestions', { partnerId: subject });
    expect(back.suggestions.map((s) => s.type)).toEqual(['mobility', 'funding']);
    expect(back.dismissed).toBe(0);

    // Archived peers no longer count; a deleted partner keeps its dismissals while it can be
    // brought back from Recently deleted, and takes them along when it is deleted for good.
    await must(second, 'dismissSuggestion', { partnerId: subject, type: 'funding' });
    await must(second, 'archivePartner', { id: subject });
    await must(second, 'deletePartner', { id: subject });
    expect(second.db.prepare('SELECT count(*) FROM suggestion_dismissals').pluck().get()).toBe(1);
    await must(second, 'purgePartner', { id: subject });
    expect(second.db.prepare('SELECT count(*) FROM suggestion_dismissals').pluck().get()).toBe(0);
    const gone = await call(second, 'getSuggestions', { partnerId: subject });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await call(second, 'dismissSuggestion', { partnerId: 1, type: 'sales' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers the facts of active partners only, with their types', async () => {
    const backend = testBackend();
    const a = await createPartner(backend, {
      name: 'Kept',
      types: ['funding', 'training'],
      country: 'Austria',
    });
    const b = await createPartner(backend, { name: 'Archived', types: ['mobility'] });
    await must(backend, 'archivePartner', { id: b });
    await must(backend, 'movePartner', { id: a, toPhase: 'maintenance_growth', afterId: null });
    const partners = decodeOverlapFacts(await must(backend, 'getOverlapData', undefined));
    expect(partners).toEqual([
      {
        id: a,
        name: 'Kept',
        types: ['training', 'funding'],
        group: 'social_partner',
        phase: 'maintenance_growth',
        country: 'Austria',
      },
    ]);
  });

  it('exports a table as CSV with the filters applied', async () => {
    const backend = testBackend();
    await createPartner(backend, { name: 'One', types: ['training', 'funding'] });
    await createPartner(backend, { name: 'Two', types: ['training', 'funding'] });
    const three = await createPartner(backend, { name: 'Three', types: ['mobility'] });
    await must(backend, 'movePartner', {
      id: three,
      toPhase: 'collaboration_setup',
      afterId: null,
    });
    const all = await must(backend, 'exportOverlapCsv', {
      table: 'combinations',
      filter: emptyOverlapFilter,
    });
    const bytes = fs.readFileSync(all.savedTo!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Combination,Number of types,Partners',
      'Training + Funding,2,2',
      'Mobility,1,1',
      '',
      'Partners with several types,,2',
      'Partners with one type,,1',
      'Partners with no type yet,,0',
      '',
    ]);
    const live = await must(backend, 'exportOverlapCsv', {
      table: 'types',
      filter: { ...emptyOverlapFilter, phases: [...livePhases] },
    });
    expect(live.savedTo).not.toBe(all.savedTo);
    const lines = fs.readFileSync(live.savedTo!, 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Partnership type,Training,Mobility,Innovation,Funding,Infrastructure,HR & talent,Quality & certification,Entrepreneurship,Community & inclusion,International alliances,Data & intelligence',
    );
    expect(lines[2]).toBe('Mobility,0,1,0,0,0,0,0,0,0,0,0');
    expect(lines[1]).toBe('Training,0,0,0,0,0,0,0,0,0,0,0');
  });
  it('saves the view as a one-page PDF report, and as Word, with the filters applied', async () => {
    const backend = testBackend();
    for (const p of fixture) {
      const id = await createPartner(backend, {
        name: `Partner ${p.name}`,
        stakeholderGroup: p.group,
        types: [...p.types],
        country: p.country.trim(),
      });
      if (p.phase !== 'scouting') {
        await must(backend, 'movePartner', { id, toPhase: p.phase, afterId: null });
      }
    }
    await must(backend, 'saveInstitution', validInstitution);

    const { savedTo } = await must(backend, 'exportOverlapReport', {
      format: 'pdf',
      filter: emptyOverlapFilter,
    });
    expect(path.basename(savedTo!)).toBe('Partnership overlap – 2026-03-01.pdf');
    expect(pdfPages(savedTo!)).toBe(1);
    const text = flat(pdfText(fs.readFileSync(savedTo!)));
    const rows = layoutText(savedTo!);
    expect(text).toContain('Partnership overlap');
    expect(text).toContain('Zespół Szkół Technicznych Łódź · 2026-03-01');
    expect(text).toContain('All active partners (no filters).');
    expect(text).toContain(
      '6 partners: 3 with several partnership types, 2 with one, 1 with none yet.',
    );
    // Training row of the type matrix: 4 with training (diagonal), 1 with mobility,
    // 1 with funding, 3 with HR & talent.
    expect(rows).toMatch(/Training 4 1 1 3\b/);
    expect(rows).toMatch(/HR & talent 3 1 1 3\b/);
    // Groups: 4 employers (training 4, mobility 1, funding 1, HR 3), 1 provider, 1 without.
    expect(rows).toMatch(/Employer or SME 4 4 1 1 3\b/);
    expect(rows).toMatch(/Education or training provider 1 1\b/);
    expect(rows).toContain('Training + HR & talent 1');
    expect(text).toContain('Stakeholder groups with no partner: social partner, chamber or sector');
    expect(text).toContain('Types no partner takes part in: innovation; infrastructure;');

    // Only the live partnerships: A (training, funding, HR) and B (training, HR).
    const live = await must(backend, 'exportOverlapReport', {
      format: 'pdf',
      filter: { ...emptyOverlapFilter, phases: [...livePhases] },
    });
    expect(live.savedTo).not.toBe(savedTo);
    const liveText = flat(pdfText(fs.readFileSync(live.savedTo!)));
    const liveRows = layoutText(live.savedTo!);
    expect(liveText).toContain('Phases: Collaboration setup, Maintenance & growth.');
    expect(liveText).toContain('2 partners: 2 with several partnership types, 0 with one');
    expect(liveRows).toMatch(/Training 2 1 2\b/);
    expect(liveRows).toContain('Training + Funding + HR & talent 1');

    const word = await must(backend, 'exportOverlapReport', {
      format: 'docx',
      filter: emptyOverlapFilter,
    });
    expect(path.basename(word.savedTo!)).toBe('Partnership overlap – 2026-03-01.docx');
    const wordText = await docxText(fs.readFileSync(word.savedTo!));
    expect(wordText).toContain('6 partners: 3 with several partnership types');
    expect(wordText).toContain('Education or training provider');

    const bad = await call(backend, 'exportOverlapReport', {
      format: 'xlsx',
      filter: emptyOverlapFilter,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the overlap report model', () => {
  const result = computeOverlap(fixture);
  const model = overlapReport({
    result,
    filter: {
      phases: ['collaboration_setup', 'maintenance_growth'],
      groups: [],
      countries: ['Austria'],
    },
    date: '2026-03-01',
    institution: 'Zespół Szkół Technicznych Łódź',
  });
  const blocks = flatBlocks(model.blocks);
  const tables = blocks.filter((b): b is Block & { kind: 'table' } => b.kind === 'table');
  const text = (cell: { runs: (string | { text: string })[] }) =>
    cell.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');

  it('has a title, the filters, the counts and landscape pages', () => {
    expect(model.orientation).toBe('landscape');
    expect(model.blocks[0]).toEqual({
      kind: 'title',
      text: 'Partnership overlap',
      subtitle: 'Zespół Szkół Technicznych Łódź · 2026-03-01',
    });
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      runs: ['Phases: Collaboration setup, Maintenance & growth · Countries: Austria.'],
      tone: 'muted',
    });
    expect(JSON.stringify(blocks)).toContain(
      '3 with several partnership types, 2 with one, 1 with none yet.',
    );
    expect(model.meta.title).toBe('Partnership overlap 2026-03-01');
    // The type matrix beside the counts and combinations, the groups below at full width.
    expect(model.blocks[1]).toMatchObject({ kind: 'columns', columns: { length: 2 } });
    expect(model.blocks[2]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Stakeholder groups and types',
    });
  });

  it('draws both matrices with heat colours, readable numbers, empty zeros and a grey diagonal', () => {
    expect(tables).toHaveLength(3);
    const [types, combos, groups] = tables;
    expect(types!.header).toHaveLength(partnershipTypes.length + 1);
    expect(types!.dense).toBe(true);
    const training = types!.rows[idx('training')]!;
    expect(text(training[0]!)).toBe('Training');
    expect(training[1 + idx('training')]).toMatchObject({ fill: diagonalStep.fill });
    expect(text(training[1 + idx('training')]!)).toBe('4');
    // The darkest step carries white numbers.
    expect(training[1 + idx('hr_talent')]).toEqual({
      runs: ['3'],
      fill: heatStep(3, 3)!.fill,
      color: '#ffffff',
      align: 'center',
    });
    expect(training[1 + idx('funding')]).toMatchObject({
      runs: ['1'],
      fill: heatStep(1, 3)!.fill,
      color: heatStep(1, 3)!.text,
    });
    expect(training[1 + idx('innovation')]).toEqual({ runs: [''], align: 'center' });
    // Groups with no partner leave the matrix; they are named as gaps.
    expect(groups!.rows.map((r) => text(r[0]!))).toEqual([
      'Employer or SME',
      'Education or training provider',
      'No group recorded',
    ]);
    const employers = groups!.rows[0]!;
    expect(employers.slice(0, 2).map(text)).toEqual(['Employer or SME', '4']);
    expect(employers[2 + idx('training')]).toMatchObject({
      runs: ['4'],
      fill: heatStep(4, 4)!.fill,
    });
    expect(combos!.rows.map((r) => r.map(text))).toEqual(
      result.combinations.map((c) => [combinationLabel(c.types), String(c.count)]),
    );
    // Every abbreviated column is spelled out in the key.
    const key = JSON.stringify(blocks);
    for (const t of partnershipTypes) {
      expect(key).toContain(JSON.stringify({ text: typeShortLabels[t], bold: true }));
    }
  });

  it('names the gaps and keeps only the top combinations asked for', () => {
    const gaps = model.blocks.slice(4).map((b) => JSON.stringify(b));
    expect(gaps).toEqual([
      expect.stringContaining(
        'social partner, chamber or sector association; employment service; graduate or alumni network;',
      ),
      expect.stringContaining('innovation; infrastructure; quality & certification;'),
    ]);
    expect(gaps[0]).not.toContain('other organisation');
    // With a group filter, the groups left out are no gap.
    const employersOnly = overlapReport({
      result: computeOverlap(fixture.filter((p) => p.group === 'employer')),
      filter: { ...emptyOverlapFilter, groups: ['employer', 'employment_service'] },
      date: '2026-03-01',
    });
    expect(JSON.stringify(employersOnly.blocks)).toContain(
      '"Stakeholder groups with no partner: ","bold":true},"employment service."',
    );
    const top2 = flatBlocks(
      overlapReport({
        result,
        filter: emptyOverlapFilter,
        date: '2026-03-01',
        topCombinations: 2,
      }).blocks,
    );
    expect(top2).toContainEqual(
      expect.objectContaining({ runs: ['All active partners (no filters).'] }),
    );
    const combos = top2.find((b) => b.kind === 'table' && b.widths?.length === 2);
    expect(combos).toMatchObject({ rows: { length: 2 } });
    expect(top2).toContainEqual(
      expect.objectContaining({ runs: ['3 more combinations with 3 partners.'] }),
    );
    const none = flatBlocks(
      overlapReport({ result: computeOverlap([]), filter: emptyOverlapFilter, date: '2026-03-01' })
        .blocks,
    );
    expect(none).toContainEqual({
      kind: 'paragraph',
      runs: ['No partner has a partnership type yet.'],
    });
  });
});

describe('the CSV tables', () => {
  it('match what the screen shows, header first', () => {
    const result = computeOverlap(fixture);
    const groups = overlapTableRows(result, 'groups');
    expect(groups[0]!.slice(0, 3)).toEqual(['Stakeholder group', 'Partners', 'Training']);
    expect(groups[1]!.slice(0, 3)).toEqual(['Employer or SME', 4, 4]);
    expect(groups.at(-1)!.slice(0, 2)).toEqual(['No group recorded', 1]);
    expect(overlapTableRows(result, 'types')).toHaveLength(partnershipTypes.length + 1);
  });
});
