import { describe, expect, it } from 'vitest';
import {
  type AgreementFact,
  type FollowUpFact,
  type PartnerFact,
  type TodayFacts,
  addDays,
  addMonths,
  checkInDueOn,
  defaultTodaySettings,
  localDateIn,
  snoozedDueOn,
  todayItems,
  todaySettingsSchema,
} from '../../src/shared/today';

const noFacts: TodayFacts = { followUps: [], agreements: [], partners: [] };

const followUp = (dueOn: string, over: Partial<FollowUpFact> = {}): FollowUpFact => ({
  interactionId: 1,
  partnerId: 1,
  partnerName: 'Kammer Graz',
  nextStep: 'Send the draft MoU',
  dueOn,
  ...over,
});

const partner = (over: Partial<PartnerFact>): PartnerFact => ({
  partnerId: 1,
  partnerName: 'Kammer Graz',
  phase: 'scouting',
  phaseEnteredAt: '2026-03-01T09:00:00.000Z',
  lastInteractionOn: null,
  ...over,
});

const agreement = (over: Partial<AgreementFact>): AgreementFact => ({
  agreementId: 1,
  partnerId: 1,
  partnerName: 'Câmara de Comércio do Porto',
  kind: 'mou',
  status: 'signed',
  validUntil: null,
  sentAt: null,
  ...over,
});

const items = (
  facts: Partial<TodayFacts>,
  now: string,
  tz = 'Europe/Berlin',
  settings = defaultTodaySettings,
) => todayItems({ ...noFacts, ...facts }, settings, new Date(now), tz);

describe('the local day', () => {
  it.each([
    // Just before and after local midnight in Berlin (UTC+1 in winter).
    ['2026-01-14T22:59:59Z', 'Europe/Berlin', '2026-01-14'],
    ['2026-01-14T23:00:00Z', 'Europe/Berlin', '2026-01-15'],
    // The same instant is still the 14th in New York and already the 15th in Auckland.
    ['2026-01-15T03:00:00Z', 'America/New_York', '2026-01-14'],
    ['2026-01-14T12:00:00Z', 'Pacific/Auckland', '2026-01-15'],
    // Summer time in Berlin (UTC+2): the day starts at 22:00 UTC.
    ['2026-07-01T21:59:00Z', 'Europe/Berlin', '2026-07-01'],
    ['2026-07-01T22:00:00Z', 'Europe/Berlin', '2026-07-02'],
  ])('%s in %s is %s', (instant, tz, day) => {
    expect(localDateIn(new Date(instant), tz)).toBe(day);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s plus %i month(s) is %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    // Across the spring and autumn clock changes, still whole days.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 7, '2026-10-31'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i day(s) is %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
  });
});

describe('follow-ups', () => {
  it('are due all day on their day, and overdue from the next local day', () => {
    const fact = followUp('2026-01-15');
    // 23:30 in Berlin on the 14th: not yet due.
    expect(items({ followUps: [fact] }, '2026-01-14T22:30:00Z').followUps).toEqual([]);
    // 00:30 in Berlin on the 15th: due today, not overdue.
    const due = items({ followUps: [fact] }, '2026-01-14T23:30:00Z');
    expect(due.followUps).toMatchObject([{ daysOverdue: 0 }]);
    expect(due.summary).toEqual({ overdue: 0, dueToday: 1, agreements: 0, stalled: 0 });
    // 23:59 on the 15th in Berlin is still the 15th.
    expect(items({ followUps: [fact] }, '2026-01-15T22:59:00Z').followUps).toMatchObject([
      { daysOverdue: 0 },
    ]);
    const late = items({ followUps: [fact] }, '2026-01-19T08:00:00Z');
    expect(late.followUps).toMatchObject([{ daysOverdue: 4 }]);
    expect(late.summary.overdue).toBe(1);
  });

  it('depend on the time zone at the same instant', () => {
    const fact = followUp('2026-01-15');
    const instant = '2026-01-15T03:00:00Z';
    expect(items({ followUps: [fact] }, instant, 'America/New_York').followUps).toEqual([]);
    expect(items({ followUps: [fact] }, instant, 'Europe/Warsaw').followUps).toHaveLength(1);
  });

  it('count days across a summer-time change as calendar days', () => {
    // Berlin moves its clocks on 29 March 2026.
    const late = items({ followUps: [followUp('2026-03-28')] }, '2026-03-30T06:00:00Z');
    expect(late.followUps[0]?.daysOverdue).toBe(2);
  });

  it('list the longest overdue first', () => {
    const list = items(
      {
        followUps: [
          followUp('2026-03-09', { interactionId: 1, partnerName: 'B' }),
          followUp('2026-03-01', { interactionId: 2, partnerName: 'C' }),
          followUp('2026-03-09', { interactionId: 3, partnerName: 'A' }),
        ],
      },
      '2026-03-10T09:00:00Z',
    );
    expect(list.followUps.map((f) => f.interactionId)).toEqual([2, 3, 1]);
  });
});

describe('agreements', () => {
  const now = '2026-06-15T09:00:00Z';
  it.each([
    ['2026-08-14', 'expiring', 60],
    ['2026-07-15', 'expiring', 30],
    ['2026-06-15', 'expiring', 0],
    ['2026-06-01', 'expired', -14],
  ])('a signed one valid until %s is %s (%i days left)', (validUntil, reason, daysLeft) => {
    const list = items({ agreements: [agreement({ validUntil })] }, now);
    expect(list.agreements).toMatchObject([{ reason, daysLeft }]);
    expect(list.summary.agreements).toBe(1);
  });

  it('leaves out signed ones ending more than 60 days ahead, and open-ended ones', () => {
    const list = items(
      {
        agreements: [
          agreement({ validUntil: '2026-08-15' }),
          agreement({ agreementId: 2, validUntil: null }),
        ],
      },
      now,
    );
    expect(list.agreements).toEqual([]);
  });

  it('shows a sent one unsigned for more than 30 local days', () => {
    // Sent at 23:30 UTC on 14 May: 15 May in Berlin, so 31 days before 15 June there.
    const sent = agreement({ status: 'sent', sentAt: '2026-05-14T23:30:00Z' });
    expect(items({ agreements: [sent] }, now).agreements).toMatchObject([
      { reason: 'unsigned', sentOn: '2026-05-15', daysSinceSent: 31 },
    ]);
    // In New York it was sent on 14 May: 32 days.
    expect(items({ agreements: [sent] }, now, 'America/New_York').agreements).toMatchObject([
      { daysSinceSent: 32 },
    ]);
    const recent = agreement({ status: 'sent', sentAt: '2026-05-16T08:00:00Z' });
    expect(items({ agreements: [recent] }, now).agreements).toEqual([]);
  });
});

describe('stalled partners', () => {
  const entered = '2026-03-01T10:00:00Z';
  it('show once they are longer in their phase than its limit', () => {
    const fact = partner({ phase: 'first_contact', phaseEnteredAt: entered });
    // First contact: 14 days. On day 14 not yet, on day 15 stalled.
    expect(items({ partners: [fact] }, '2026-03-15T09:00:00Z').stalled).toEqual([]);
    expect(items({ partners: [fact] }, '2026-03-16T09:00:00Z').stalled).toMatchObject([
      { phase: 'first_contact', daysInPhase: 15, limit: 14 },
    ]);
  });

  it('follow the limits from the settings', () => {
    const fact = partner({ phase: 'proposal', phaseEnteredAt: entered });
    const settings = {
      ...defaultTodaySettings,
      phaseLimits: { ...defaultTodaySettings.phaseLimits, proposal: 5 },
    };
    expect(
      items({ partners: [fact] }, '2026-03-07T09:00:00Z', 'Europe/Berlin', settings).stalled,
    ).toHaveLength(1);
    expect(items({ partners: [fact] }, '2026-03-07T09:00:00Z').stalled).toEqual([]);
  });

  it('count from the local day the partner entered the phase', () => {
    // 23:30 UTC on 31 Jan is 1 Feb in Berlin: 14 days on 15 Feb there, 15 in London.
    const fact = partner({ phase: 'first_contact', phaseEnteredAt: '2026-01-31T23:30:00Z' });
    expect(items({ partners: [fact] }, '2026-02-15T12:00:00Z').stalled).toEqual([]);
    expect(
      items({ partners: [fact] }, '2026-02-15T12:00:00Z', 'Europe/London').stalled,
    ).toHaveLength(1);
  });

  it('never include Maintenance & growth, which has check-ins instead', () => {
    const fact = partner({
      phase: 'maintenance_growth',
      phaseEnteredAt: '2025-01-01T10:00:00Z',
      lastInteractionOn: '2026-03-01',
    });
    expect(items({ partners: [fact] }, '2026-03-02T09:00:00Z').stalled).toEqual([]);
  });
});

describe('check-ins', () => {
  const maintenance = (over: Partial<PartnerFact>) =>
    partner({ phase: 'maintenance_growth', phaseEnteredAt: '2025-06-01T09:00:00Z', ...over });

  it('are due the interval after the newest logbook entry', () => {
    expect(
      checkInDueOn(maintenance({ lastInteractionOn: '2026-01-31' }), 90, 'Europe/Berlin'),
    ).toBe('2026-05-01');
    // Leap year: 31 Jan 2028 + 90 days is 30 April.
    expect(
      checkInDueOn(maintenance({ lastInteractionOn: '2028-01-31' }), 90, 'Europe/Berlin'),
    ).toBe('2028-04-30');
  });

  it('count from entering the phase when nothing was logged since', () => {
    expect(
      checkInDueOn(
        maintenance({ phaseEnteredAt: '2026-03-01T10:00:00Z', lastInteractionOn: '2025-12-01' }),
        30,
        'UTC',
      ),
    ).toBe('2026-03-31');
    expect(checkInDueOn(maintenance({ phaseEnteredAt: '2026-03-01T10:00:00Z' }), 30, 'UTC')).toBe(
      '2026-03-31',
    );
  });

  it('appear when due, are overdue after, and go once an interaction is logged', () => {
    const fact = maintenance({ lastInteractionOn: '2026-01-01' });
    expect(items({ partners: [fact] }, '2026-03-31T09:00:00Z').checkIns).toEqual([]);
    expect(items({ partners: [fact] }, '2026-04-01T09:00:00Z').checkIns).toMatchObject([
      { dueOn: '2026-04-01', daysOverdue: 0 },
    ]);
    const late = items({ partners: [fact] }, '2026-04-11T09:00:00Z');
    expect(late.checkIns).toMatchObject([{ daysOverdue: 10 }]);
    expect(late.summary).toMatchObject({ overdue: 1, dueToday: 0 });
    const logged = maintenance({ lastInteractionOn: '2026-04-11' });
    expect(items({ partners: [logged] }, '2026-04-11T09:00:00Z').checkIns).toEqual([]);
  });

  it('follow the interval from the settings', () => {
    const fact = maintenance({ lastInteractionOn: '2026-03-01' });
    const monthly = { ...defaultTodaySettings, checkInDays: 30 };
    expect(
      items({ partners: [fact] }, '2026-04-01T09:00:00Z', 'UTC', monthly).checkIns,
    ).toHaveLength(1);
    expect(items({ partners: [fact] }, '2026-04-01T09:00:00Z', 'UTC').checkIns).toEqual([]);
  });
});

describe('snoozing a follow-up', () => {
  it.each([
    ['1d', '2026-01-31', '2026-02-01'],
    ['3d', '2026-02-27', '2026-03-02'],
    ['1w', '2026-10-22', '2026-10-29'],
    ['1m', '2026-01-31', '2026-02-28'],
    ['1m', '2028-01-31', '2028-02-29'],
  ] as const)('%s from %s is %s', (choice, today, dueOn) => {
    expect(snoozedDueOn(choice, today)).toBe(dueOn);
  });
});

describe('settings', () => {
  it('accept whole days from 1 to 365 and explain anything else', () => {
    const base = { phaseLimits: { ...defaultTodaySettings.phaseLimits }, checkInDays: 90 };
    expect(todaySettingsSchema.safeParse(base).success).toBe(true);
    const bad = (checkInDays: number) =>
      todaySettingsSchema.safeParse({ ...base, checkInDays }).error?.issues[0]?.message;
    expect(bad(0)).toBe('Enter at least 1 day.');
    expect(bad(366)).toBe('Enter at most 365 days.');
    expect(bad(1.5)).toBe('Enter whole days.');
  });
});
