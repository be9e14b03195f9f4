import type { ActivityFacts, ActivityPartner, PhaseMove } from '../../../src/shared/activity/facts';
import type { SignedAgreement } from '../../../src/shared/activity/yearSummary';
import type { Phase } from '../../../src/shared/domain';

/**
 * Five partners whose funnel is worked out by hand in the activity tests. Every time is at noon on a mid-month
 * day, so that months and days come out the same in any time zone the tests run in.
 */
export const t = (day: string) => Date.parse(`${day}T12:00:00Z`);
export const now = new Date('2026-06-15T12:00:00Z');

const partner = (
  id: number,
  over: Partial<ActivityPartner> & Pick<ActivityPartner, 'phase' | 'createdAt'>,
): ActivityPartner => ({
  id,
  name: `Partner ${id}`,
  types: [],
  group: null,
  archivedAt: null,
  ...over,
});

const path = (index: number, steps: [Phase | null, Phase, string][]): PhaseMove[] =>
  steps.map(([from, to, day]) => ({ partner: index, from, to, at: t(day) }));

export const fixture: ActivityFacts = {
  now: now.getTime(),
  partners: [
    // P1: through to Collaboration setup this spring.
    partner(1, {
      types: ['training', 'funding'],
      group: 'employer',
      phase: 'collaboration_setup',
      createdAt: t('2026-01-05'),
    }),
    // P2: one step forward, then back to Scouting.
    partner(2, {
      types: ['training'],
      group: 'employer',
      phase: 'scouting',
      createdAt: t('2026-02-10'),
    }),
    // P3: added before the window, grew to Maintenance & growth, archived in April.
    partner(3, {
      types: ['mobility'],
      group: 'international_network',
      phase: 'maintenance_growth',
      createdAt: t('2025-05-01'),
      archivedAt: t('2026-04-01'),
    }),
    // P4: new this month, no type, no group.
    partner(4, { phase: 'scouting', createdAt: t('2026-06-01') }),
    // P5: first contact in May.
    partner(5, {
      types: ['funding'],
      group: 'social_partner',
      phase: 'first_contact',
      createdAt: t('2026-05-10'),
    }),
  ],
  moves: [
    ...path(0, [
      [null, 'scouting', '2026-01-05'],
      ['scouting', 'first_contact', '2026-01-15'], // 10 days in Scouting
      ['first_contact', 'proposal', '2026-02-04'], // 20 days in First contact
      ['proposal', 'collaboration_setup', '2026-03-06'], // 30 days in Proposal
    ]),
    ...path(1, [
      [null, 'scouting', '2026-02-10'],
      ['scouting', 'first_contact', '2026-02-14'], // 4 days
      ['first_contact', 'scouting', '2026-03-16'], // 30 days, a move back
    ]),
    ...path(2, [
      [null, 'scouting', '2025-05-01'],
      ['scouting', 'first_contact', '2025-05-07'], // 6 days, before the window
      ['first_contact', 'proposal', '2025-07-07'], // 61 days
      ['proposal', 'collaboration_setup', '2025-07-27'], // 20 days
      ['collaboration_setup', 'maintenance_growth', '2025-10-25'], // 90 days
    ]),
    ...path(3, [[null, 'scouting', '2026-06-01']]),
    ...path(4, [
      [null, 'scouting', '2026-05-10'],
      ['scouting', 'first_contact', '2026-05-20'], // 10 days
    ]),
  ],
};

/** The MoU Partner 1 signed in March 2026. */
export const partnerOneMou: SignedAgreement = {
  partnerName: 'Partner 1',
  kind: 'mou',
  reference: 'MOU-2026-0001',
  signedOn: '2026-03-10',
  validUntil: '2028-03-09',
};
