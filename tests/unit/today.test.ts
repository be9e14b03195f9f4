import { describe, expect, it } from 'vitest';
import { clockFromEnvironment, shiftedClock, systemClock } from '../../src/main/backend/clock';
import { createPartnerRepositories } from '../../src/main/backend/repositories/partnerRepositories';
import { todayQueries } from '../../src/main/backend/repositories/todayRepository';
import { todayCutoffs } from '../../src/main/backend/services/todayService';
import { defaultTodaySettings } from '../../src/shared/today';
import { testBackend } from './helpers/backend';
import { createPartner, interactionInput, must, refused, steppingClock } from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

const tz = 'Europe/Lisbon';
const day = 24 * 60;

/** An agreement of the partner, signed or sent at the clock's current time. */
function addAgreement(
  backend: ReturnType<typeof testBackend>,
  partnerId: number,
  now: string,
  change: { status: 'sent' | 'signed'; validUntil: string | null },
): number {
  const repos = createPartnerRepositories(backend.db);
  const id = repos.agreements.insert({
    partnerId,
    kind: 'mou',
    reference: `MOU-${partnerId}-${now}`,
    validFrom: null,
    validUntil: change.validUntil,
    draftInput: '{}',
    now,
  });
  repos.agreements.setStatus(partnerId, id, {
    status: change.status,
    sentAt: now,
    signedOn: change.status === 'signed' ? now.slice(0, 10) : null,
    validFrom: null,
    validUntil: change.validUntil,
    now,
  });
  return id;
}

describe('the Today view', () => {
  it('lists follow-ups due and overdue; done and snoozed ones leave it', async () => {
    const clock = steppingClock('2026-06-15T09:00:00.000Z');
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend, { name: 'Autohaus Łódź' });
    const save = (nextStep: string, dueOn: string) =>
      must(backend, 'saveInteraction', {
        partnerId,
        id: null,
        interaction: interactionInput({ nextStep, dueOn }),
      });
    const overdue = await save('Send the draft MoU', '2026-06-11');
    await save('Call about the workshop', '2026-06-15');
    await save('Plan the visit', '2026-06-16');

    let today = await must(backend, 'getToday', { timeZone: tz });
    expect(today.today).toBe('2026-06-15');
    expect(today.followUps.map((f) => [f.nextStep, f.daysOverdue])).toEqual([
      ['Send the draft MoU', 4],
      ['Call about the workshop', 0],
    ]);
    expect(today.summary).toEqual({ overdue: 1, dueToday: 1, agreements: 0, stalled: 0 });
    expect(today.activePartners).toBe(1);
    // Long lists come in part; the totals count them all.
    const first = await must(backend, 'getToday', { timeZone: tz, limit: 1 });
    expect(first.followUps.map((f) => f.nextStep)).toEqual(['Send the draft MoU']);
    expect(first.totals).toEqual({ followUps: 2, agreements: 0, stalled: 0, checkIns: 0 });
    // "Show all" on one section sends that list whole, the others still in part.
    const whole = await must(backend, 'getToday', { timeZone: tz, limit: 1, whole: ['followUps'] });
    expect(whole.followUps).toHaveLength(2);
    const unknownSection = ['everything'] as unknown as ['followUps'];
    expect((await refused(backend, 'getToday', { timeZone: tz, whole: unknownSection })).code).toBe(
      'invalid_input',
    );

    await must(backend, 'setFollowUpDone', { partnerId, id: overdue.id, done: true });
    today = await must(backend, 'getToday', { timeZone: tz });
    expect(today.followUps.map((f) => f.nextStep)).toEqual(['Call about the workshop']);

    const snoozed = await must(backend, 'snoozeFollowUp', {
      partnerId,
      id: today.followUps[0]!.interactionId,
      dueOn: '2026-06-18',
    });
    expect(snoozed.dueOn).toBe('2026-06-18');
    today = await must(backend, 'getToday', { timeZone: tz });
    expect(today.followUps).toEqual([]);
    // The board card's next follow-up moves with it.
    const { cards } = decodeBoard(await must(backend, 'getBoard', undefined));
    expect(cards[0]?.nextFollowUp).toBe('2026-06-16');

    // A done step cannot be snoozed.
    const error = await refused(backend, 'snoozeFollowUp', {
      partnerId,
      id: overdue.id,
      dueOn: '2026-06-20',
    });
    expect(error.code).toBe('conflict');
  });

  it('leaves out archived partners', async () => {
    const clock = steppingClock('2026-06-15T09:00:00.000Z');
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend);
    await must(backend, 'saveInteraction', {
      partnerId,
      id: null,
      interaction: interactionInput({ nextStep: 'Write', dueOn: '2026-06-01' }),
    });
    await must(backend, 'archivePartner', { id: partnerId });
    const today = await must(backend, 'getToday', { timeZone: tz });
    expect(today.followUps).toEqual([]);
    expect(today.activePartners).toBe(0);
  });

  it('lists agreements ending within 60 days and MoUs sent but unsigned for over 30 days', async () => {
    const clock = steppingClock('2026-05-01T09:00:00.000Z');
    const backend = testBackend({ clock });
    const porto = await createPartner(backend, { name: 'Câmara do Porto' });
    const graz = await createPartner(backend, { name: 'Kammer Graz' });
    const wien = await createPartner(backend, { name: 'Kammer Wien' });
    addAgreement(backend, porto, clock.now().toISOString(), {
      status: 'signed',
      validUntil: '2026-07-15',
    });
    addAgreement(backend, graz, clock.now().toISOString(), { status: 'sent', validUntil: null });
    addAgreement(backend, wien, clock.now().toISOString(), {
      status: 'signed',
      validUntil: '2026-12-31',
    });
    clock.advance(45 * day);
    const today = await must(backend, 'getToday', { timeZone: tz });
    expect(today.today).toBe('2026-06-15');
    expect(
      today.agreements.map((a) => [a.partnerName, a.reason, a.daysLeft, a.daysSinceSent]),
    ).toEqual([
      ['Kammer Graz', 'unsigned', null, 45],
      ['Câmara do Porto', 'expiring', 30, null],
    ]);

    // A renewal (a newer agreement of the same kind) settles the expiring one.
    addAgreement(backend, porto, clock.now().toISOString(), {
      status: 'signed',
      validUntil: '2029-07-15',
    });
    const after = await must(backend, 'getToday', { timeZone: tz });
    expect(after.agreements.map((a) => a.partnerName)).toEqual(['Kammer Graz']);
  });

  it('lists partners stalled in their phase, with the limits from the settings', async () => {
    const clock = steppingClock('2026-05-01T09:00:00.000Z');
    const backend = testBackend({ clock });
    const id = await createPartner(backend, { name: 'Stadtwerke Linz' });
    clock.advance(20 * day);
    expect((await must(backend, 'getToday', { timeZone: tz })).stalled).toEqual([]);

    const settings = await must(backend, 'getTodaySettings', undefined);
    expect(settings).toEqual(defaultTodaySettings);
    await must(backend, 'saveTodaySettings', {
      ...settings,
      phaseLimits: { ...settings.phaseLimits, scouting: 14 },
    });
    const today = await must(backend, 'getToday', { timeZone: tz });
    expect(today.stalled).toMatchObject([
      { partnerId: id, phase: 'scouting', daysInPhase: 20, limit: 14 },
    ]);

    const invalid = await refused(backend, 'saveTodaySettings', { ...settings, checkInDays: 0 });
    expect(invalid.fields).toEqual({ checkInDays: 'Enter at least 1 day.' });
    expect((await must(backend, 'getTodaySettings', undefined)).phaseLimits.scouting).toBe(14);
  });

  it('asks for a check-in with a partner in Maintenance & growth, until one is logged', async () => {
    const clock = steppingClock('2026-01-01T09:00:00.000Z');
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend, { name: 'Alumni Porto' });
    await must(backend, 'movePartner', {
      id: partnerId,
      toPhase: 'maintenance_growth',
      afterId: null,
    });
    await must(backend, 'saveInteraction', {
      partnerId,
      id: null,
      interaction: interactionInput({ occurredOn: '2026-01-10', nextStep: '', dueOn: null }),
    });
    clock.advance(98 * day); // 9 April: 89 days after the entry
    expect((await must(backend, 'getToday', { timeZone: tz })).checkIns).toEqual([]);
    clock.advance(2 * day); // 11 April
    const due = await must(backend, 'getToday', { timeZone: tz });
    expect(due.checkIns).toMatchObject([
      { partnerId, lastInteractionOn: '2026-01-10', dueOn: '2026-04-10', daysOverdue: 1 },
    ]);
    expect(due.stalled).toEqual([]);

    await must(backend, 'saveInteraction', {
      partnerId,
      id: null,
      interaction: interactionInput({ occurredOn: '2026-04-11', nextStep: '', dueOn: null }),
    });
    expect((await must(backend, 'getToday', { timeZone: tz })).checkIns).toEqual([]);
  });

  it('refuses a time zone it does not know', async () => {
    const backend = testBackend();
    const error = await refused(backend, 'getToday', { timeZone: 'Mars/Olympus' });
    expect(error.code).toBe('invalid_input');
  });

  it('reads through indexes, never a whole table', () => {
    const backend = testBackend();
    const cutoffs = todayCutoffs(defaultTodaySettings, '2026-06-15');
    const plans = Object.entries(todayQueries).map(([name, sql]) => {
      const params = Object.fromEntries(
        Object.entries(cutoffs).filter(([key]) => sql.includes(`@${key}`)),
      );
      const detail = backend.db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(Object.keys(params).length > 0 ? [params] : []))
        .map((r) => r.detail)
        .join(' | ');
      return [name, detail] as const;
    });
    const plan = Object.fromEntries(plans);
    expect(plan.followUps).toContain('USING INDEX interactions_open_due');
    expect(plan.agreements).toContain('USING INDEX agreements_expiry');
    expect(plan.limited).toContain('USING INDEX partners_board');
    expect(plan.maintenance).toContain('USING INDEX partners_board');
    expect(plan.maintenance).toContain('USING COVERING INDEX interactions_partner');
    // A scan may walk an index (the partial agreements_expiry holds sent and signed ones
    // only), never a whole table.
    for (const [name, detail] of plans) {
      const tableScans = detail
        .split(' | ')
        .filter((d) => d.startsWith('SCAN') && !d.includes('USING'));
      expect(tableScans, name).toEqual([]);
    }
  });
});

describe('the clock the app starts with', () => {
  it('is the system clock unless PARTNERLOOM_NOW names a moment', () => {
    expect(clockFromEnvironment(undefined)).toBe(systemClock);
    expect(clockFromEnvironment('  ')).toBe(systemClock);
    const started = clockFromEnvironment('2026-06-15T09:00:00Z').now().getTime();
    expect(Math.abs(started - Date.parse('2026-06-15T09:00:00Z'))).toBeLessThan(1000);
  });

  it('runs on in real time from the moment it starts at', () => {
    const real = steppingClock('2030-01-01T00:00:00.000Z');
    const clock = shiftedClock(new Date('2026-06-15T09:00:00.000Z'), real);
    expect(clock.now().toISOString()).toBe('2026-06-15T09:00:00.000Z');
    real.advance(90);
    expect(clock.now().toISOString()).toBe('2026-06-15T10:30:00.000Z');
  });

  it('refuses anything but a date and time, with a sentence', () => {
    for (const bad of ['tomorrow', '2026-06-15', '2026-13-45T00:00:00Z']) {
      expect(() => clockFromEnvironment(bad)).toThrow(/PARTNERLOOM_NOW must be a date and time/);
    }
  });

  it('is what the app information reports as now', async () => {
    const backend = testBackend({ clock: steppingClock('2026-06-15T09:00:00.000Z') });
    expect((await must(backend, 'getAppInfo', undefined)).now).toBe('2026-06-15T09:00:00.000Z');
  });
});

describe('notifications and the badge in browser mode', () => {
  it('are not shown, and say so', async () => {
    const backend = testBackend();
    expect(
      await must(backend, 'notify', { title: '2 items overdue', body: 'Open Today.' }),
    ).toEqual({ shown: false, clicked: false });
    expect(await must(backend, 'setBadgeCount', { count: 2 })).toEqual({ shown: false });
  });
});
