import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFunnel, median, monthsShown } from '../../src/shared/activity/compute';
import {
  type ActivityFacts,
  type ActivityPartner,
  type PhaseMove,
  decodeActivityFacts,
  emptyActivityFilter,
  encodeActivityFacts,
} from '../../src/shared/activity/facts';
import { activityTableRows } from '../../src/shared/activity/tables';
import { summariseYear } from '../../src/shared/activity/yearSummary';
import { type Phase, partnershipTypes, phases, stakeholderGroups } from '../../src/shared/domain';
import { fixture, now, partnerOneMou, t } from './helpers/activityFixture';

const typeRow = (r: ReturnType<typeof computeFunnel>, key: string | null) =>
  r.reachedByType.find((row) => row.key === key);
const groupRow = (r: ReturnType<typeof computeFunnel>, key: string | null) =>
  r.reachedByGroup.find((row) => row.key === key);

describe('computeFunnel on the hand-computed fixture', () => {
  const result = computeFunnel(fixture, now, emptyActivityFilter);

  it('counts active partners per phase now; the archived one only in the totals', () => {
    expect(result.byPhase).toEqual([2, 1, 0, 1, 0]);
    expect(result).toMatchObject({ partners: 5, active: 4, archived: 1 });
  });

  it('counts moves per month over the last twelve calendar months, by target and direction', () => {
    expect(result.months.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    const byMonth = Object.fromEntries(result.months.map((m) => [m.month, m]));
    expect(byMonth['2025-07']).toEqual({
      month: '2025-07',
      byTarget: [0, 0, 1, 1, 0],
      forward: 2,
      backward: 0,
      added: 0,
    });
    expect(byMonth['2025-10']!.byTarget).toEqual([0, 0, 0, 0, 1]);
    expect(byMonth['2026-01']).toMatchObject({ byTarget: [0, 1, 0, 0, 0], added: 1 });
    expect(byMonth['2026-02']).toMatchObject({ byTarget: [0, 1, 1, 0, 0], forward: 2, added: 1 });
    expect(byMonth['2026-03']).toMatchObject({
      byTarget: [1, 0, 0, 1, 0],
      forward: 1,
      backward: 1,
    });
    expect(byMonth['2026-04']).toMatchObject({ byTarget: [0, 0, 0, 0, 0], added: 0 });
    expect(byMonth['2026-05']).toMatchObject({ byTarget: [0, 1, 0, 0, 0], added: 1 });
    expect(byMonth['2026-06']).toMatchObject({ byTarget: [0, 0, 0, 0, 0], added: 1 });
    // The two moves of May 2025 and P3's creation fall before the window.
    expect(result.movesInWindow).toBe(9);
  });

  it('takes the median of completed stays per phase and names the running ones', () => {
    expect(result.stays).toEqual([
      // 4, 6, 10, 10 days
      { phase: 'scouting', completed: 4, medianDays: 8, current: 2 },
      // 20, 30, 61
      { phase: 'first_contact', completed: 3, medianDays: 30, current: 1 },
      // 30, 20
      { phase: 'proposal', completed: 2, medianDays: 25, current: 0 },
      { phase: 'collaboration_setup', completed: 1, medianDays: 90, current: 1 },
      { phase: 'maintenance_growth', completed: 0, medianDays: null, current: 0 },
    ]);
  });

  it('counts who reached collaboration, overall, by type and by group', () => {
    expect(result.reached).toEqual({ key: 'all', partners: 5, reached: 2 });
    expect(typeRow(result, 'training')).toEqual({ key: 'training', partners: 2, reached: 1 });
    expect(typeRow(result, 'funding')).toEqual({ key: 'funding', partners: 2, reached: 1 });
    expect(typeRow(result, 'mobility')).toEqual({ key: 'mobility', partners: 1, reached: 1 });
    expect(typeRow(result, 'innovation')).toEqual({ key: 'innovation', partners: 0, reached: 0 });
    expect(typeRow(result, null)).toEqual({ key: null, partners: 1, reached: 0 });
    expect(groupRow(result, 'employer')).toEqual({ key: 'employer', partners: 2, reached: 1 });
    expect(groupRow(result, 'international_network')).toMatchObject({ partners: 1, reached: 1 });
    expect(groupRow(result, 'social_partner')).toMatchObject({ partners: 1, reached: 0 });
    expect(groupRow(result, null)).toMatchObject({ partners: 1, reached: 0 });
    expect(result.reachedByType).toHaveLength(partnershipTypes.length + 1);
    expect(result.reachedByGroup).toHaveLength(stakeholderGroups.length + 1);
  });

  it('filters by stakeholder group and by type (any of the chosen types)', () => {
    const employers = computeFunnel(fixture, now, { types: [], groups: ['employer'] });
    expect(employers).toMatchObject({ partners: 2, active: 2, archived: 0, movesInWindow: 5 });
    expect(employers.byPhase).toEqual([1, 0, 0, 1, 0]);
    expect(employers.stays.map((s) => s.medianDays)).toEqual([7, 25, 30, null, null]);
    // Without a "no group" partner there is no such row.
    expect(groupRow(employers, null)).toBeUndefined();

    const some = computeFunnel(fixture, now, { types: ['mobility', 'funding'], groups: [] });
    expect(some.reached).toMatchObject({ partners: 3, reached: 2 });
    expect(some.byPhase).toEqual([0, 1, 0, 1, 0]);
  });

  it('moves the window with the clock: a month later, July 2025 drops out', () => {
    const later = computeFunnel(fixture, new Date('2026-07-15T12:00:00Z'), emptyActivityFilter);
    expect(later.months[0]!.month).toBe('2025-08');
    expect(later.months.at(-1)!.month).toBe('2026-07');
    expect(later.movesInWindow).toBe(7);
  });

  it('writes the tables the screen and the CSV share', () => {
    expect(activityTableRows(result, 'phases')).toEqual([
      ['Phase', 'Active partners'],
      ['Scouting', 2],
      ['First contact', 1],
      ['Proposal', 0],
      ['Collaboration setup', 1],
      ['Maintenance & growth', 0],
      ['Total', 4],
    ]);
    const months = activityTableRows(result, 'months');
    expect(months[0]).toEqual([
      'Month',
      'Partners added',
      'Moved to Scouting',
      'Moved to First contact',
      'Moved to Proposal',
      'Moved to Collaboration setup',
      'Moved to Maintenance & growth',
      'Forward',
      'Back',
      'All moves',
    ]);
    expect(months[9]).toEqual(['Mar 2026', 0, 1, 0, 0, 1, 0, 1, 1, 2]);
    expect(activityTableRows(result, 'stays')[5]).toEqual(['Maintenance & growth', 0, '', 0]);
    const groups = activityTableRows(result, 'byGroup');
    expect(groups[1]).toEqual(['Employer or SME', 2, 1, 50]);
    expect(groups[2]).toEqual(['Social partner, chamber or sector association', 1, 0, 0]);
    expect(groups[3]).toEqual(['Employment service', 0, 0, '']);
    expect(groups.at(-2)).toEqual(['No group recorded', 1, 0, 0]);
    expect(groups.at(-1)).toEqual(['All partners', 5, 2, 40]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 4, 6, 10])).toBe(8);
  });
});

/** Random partners, each with a history of moves at increasing times within two years. */
const arbitraryFacts: fc.Arbitrary<ActivityFacts> = fc
  .array(
    fc.record({
      types: fc.subarray([...partnershipTypes]),
      group: fc.option(fc.constantFrom(...stakeholderGroups), { nil: null }),
      start: fc.integer({ min: t('2024-07-01'), max: t('2026-06-01') }),
      steps: fc.array(
        fc.record({ to: fc.constantFrom(...phases), gap: fc.integer({ min: 1, max: 90 * 864e5 }) }),
        { maxLength: 6 },
      ),
      archived: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((specs) => {
    const partners: ActivityPartner[] = [];
    const moves: PhaseMove[] = [];
    specs.forEach((s, i) => {
      let phase: Phase = 'scouting';
      let at = s.start;
      moves.push({ partner: i, from: null, to: 'scouting', at });
      for (const step of s.steps) {
        if (step.to === phase) continue;
        at += step.gap;
        moves.push({ partner: i, from: phase, to: step.to, at });
        phase = step.to;
      }
      partners.push({
        id: i + 1,
        name: `P${i + 1}`,
        types: s.types,
        group: s.group,
        phase,
        createdAt: s.start,
        archivedAt: s.archived ? at + 1 : null,
      });
    });
    return { now: now.getTime(), partners, moves };
  });

const arbitraryFilter = fc.record({
  types: fc.subarray([...partnershipTypes], { maxLength: 3 }),
  groups: fc.subarray([...stakeholderGroups], { maxLength: 3 }),
});

describe('computeFunnel properties', () => {
  it('per-phase counts sum to the active partners; active and archived to all', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFilter, (facts, filter) => {
        const r = computeFunnel(facts, now, filter);
        expect(r.byPhase.reduce((a, b) => a + b, 0)).toBe(r.active);
        expect(r.active + r.archived).toBe(r.partners);
        expect(r.reached.partners).toBe(r.partners);
        expect(r.reachedByGroup.reduce((a, g) => a + g.partners, 0)).toBe(r.partners);
      }),
    );
  });

  it('moves per month sum to the moves in the window, forward and back to the same', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFilter, (facts, filter) => {
        const r = computeFunnel(facts, now, filter);
        expect(r.months).toHaveLength(monthsShown);
        const byTarget = r.months.reduce((a, m) => a + m.byTarget.reduce((x, y) => x + y, 0), 0);
        const byDirection = r.months.reduce((a, m) => a + m.forward + m.backward, 0);
        expect(byTarget).toBe(r.movesInWindow);
        expect(byDirection).toBe(r.movesInWindow);
      }),
    );
  });

  it('reaches no more than it counts, and survives the trip over the wire', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const r = computeFunnel(facts, now, emptyActivityFilter);
        for (const row of [r.reached, ...r.reachedByType, ...r.reachedByGroup]) {
          expect(row.reached).toBeLessThanOrEqual(row.partners);
        }
        expect(decodeActivityFacts(encodeActivityFacts(facts))).toEqual(facts);
      }),
    );
  });
});

describe('summariseYear on the same fixture', () => {
  const agreements = [
    partnerOneMou,
    {
      partnerName: 'Partner 3',
      kind: 'loi' as const,
      reference: 'LOI-2025-0001',
      signedOn: '2025-12-01',
      validUntil: null,
    },
  ];
  const interactions = [
    { partnerId: 1, on: '2026-01-20', kind: 'call' as const },
    { partnerId: 1, on: '2026-01-25', kind: 'email' as const },
    { partnerId: 2, on: '2026-03-02', kind: 'meeting' as const },
    { partnerId: 3, on: '2025-11-11', kind: 'note' as const },
    // Logged ahead, for a day after "now": not yet part of the year's activity.
    { partnerId: 4, on: '2026-09-01', kind: 'meeting' as const },
  ];

  it('summarises the running year up to today', () => {
    const y = summariseYear({ facts: fixture, agreements, interactions, year: 2026 }, now);
    expect(y).toMatchObject({
      year: 2026,
      partial: true,
      cutOff: '2026-06-15',
      newPartners: 4,
      reachedNew: { partners: 4, reached: 1 },
      // P3 was archived in April; everyone else existed by June.
      reachedAll: { partners: 5, reached: 2 },
      liveByPhase: { collaboration_setup: 1, maintenance_growth: 0 },
      interactions: 3,
      interactionPartners: 2,
      forwardMoves: 5,
      backwardMoves: 1,
    });
    expect(y.live.map((p) => p.name)).toEqual(['Partner 1']);
    expect(y.signed.map((a) => a.reference)).toEqual(['MOU-2026-0001']);
    expect(y.interactionsByMonth[0]).toEqual([1, 1, 0, 0, 0]);
    expect(y.interactionsByMonth[2]).toEqual([0, 0, 1, 0, 0]);
    expect(y.interactionsByKind).toEqual([1, 1, 1, 0, 0]);
    expect(y.newByType.find((r) => r.key === 'training')).toEqual({
      key: 'training',
      partners: 2,
      reached: 1,
    });
    expect(y.newByType.at(-1)).toEqual({ key: null, partners: 1, reached: 0 });
    expect(y.newByGroup.find((r) => r.key === 'employer')).toMatchObject({ partners: 2 });
    // Stays that ended in 2026: P1's three, P2's two, P5's one.
    expect(y.medianDays.map((s) => [s.completed, s.medianDays])).toEqual([
      [3, 10],
      [2, 25],
      [1, 30],
      [0, null],
      [0, null],
    ]);
    expect(y.overlap.total).toBe(1);
    expect(y.overlap.combinations).toEqual([{ types: ['training', 'funding'], count: 1 }]);
  });

  it('summarises a closed year as it stood on 31 December', () => {
    const y = summariseYear({ facts: fixture, agreements, interactions, year: 2025 }, now);
    expect(y).toMatchObject({
      partial: false,
      cutOff: '2025-12-31',
      newPartners: 1,
      reachedNew: { partners: 1, reached: 1 },
      reachedAll: { partners: 1, reached: 1 },
      liveByPhase: { collaboration_setup: 0, maintenance_growth: 1 },
      interactions: 1,
      forwardMoves: 4,
      backwardMoves: 0,
    });
    // Archived only in 2026: still running at the end of 2025.
    expect(y.live.map((p) => [p.name, p.phase])).toEqual([['Partner 3', 'maintenance_growth']]);
    expect(y.signed.map((a) => a.reference)).toEqual(['LOI-2025-0001']);
    expect(y.medianDays.map((s) => s.medianDays)).toEqual([6, 61, 20, 90, null]);
    expect(y.overlap.missingGroups).not.toContain('international_network');
    expect(y.overlap.missingGroups).toContain('employer');
  });
});
