import { type AgreementState, agreementState } from '../agreement';
import type { AgreementKind, Phase } from '../domain';
import { addDays, addMonths, daysBetween, localDateIn, localDateOf } from './calendar';
import { type LimitedPhase, type TodaySettings, limitedPhases } from './settings';

/**
 * "What should I do today?" as pure rules over a few facts the backend gathers. Everything is
 * decided on calendar days in the coordinator's time zone: a next step due "today" is due all
 * day, whatever the hour, and a timestamp (when a partner entered its phase, when an agreement
 * was sent) counts from the local day it happened.
 */

/** An open next step from the logbook, due on or before the day asked about. */
export interface FollowUpFact {
  interactionId: number;
  partnerId: number;
  partnerName: string;
  nextStep: string;
  dueOn: string;
}

/** The newest agreement of its kind for a partner, while sent or signed. */
export interface AgreementFact {
  agreementId: number;
  partnerId: number;
  partnerName: string;
  kind: AgreementKind;
  status: 'sent' | 'signed';
  validUntil: string | null;
  /** ISO timestamp; null for agreements sent before the app recorded it. */
  sentAt: string | null;
}

/** An active partner, where it stands and when it was last in touch. */
export interface PartnerFact {
  partnerId: number;
  partnerName: string;
  phase: Phase;
  /** ISO timestamp of the move into the current phase. */
  phaseEnteredAt: string;
  /** The newest logbook day (`YYYY-MM-DD`), if anything is logged. */
  lastInteractionOn: string | null;
}

export interface TodayFacts {
  followUps: readonly FollowUpFact[];
  agreements: readonly AgreementFact[];
  partners: readonly PartnerFact[];
}

export interface FollowUpItem extends FollowUpFact {
  /** 0: due today; more: days overdue. */
  daysOverdue: number;
}

export interface AgreementItem {
  agreementId: number;
  partnerId: number;
  partnerName: string;
  kind: AgreementKind;
  /** expiring: signed, ends within the warning window; expired: signed, past its end. */
  reason: 'expiring' | 'expired' | 'unsigned';
  validUntil: string | null;
  /** expiring/expired: days to the end (negative once past it). */
  daysLeft: number | null;
  /** unsigned: the local day it was sent, and how long ago. */
  sentOn: string | null;
  daysSinceSent: number | null;
  state: AgreementState;
}

export interface StalledItem {
  partnerId: number;
  partnerName: string;
  phase: LimitedPhase;
  daysInPhase: number;
  limit: number;
}

export interface CheckInItem {
  partnerId: number;
  partnerName: string;
  /** The newest logbook day, or null when nothing was logged since it entered the phase. */
  lastInteractionOn: string | null;
  dueOn: string;
  /** 0: due today; more: days overdue. */
  daysOverdue: number;
}

export interface TodaySummary {
  /** Follow-ups and check-ins past their day. */
  overdue: number;
  /** Follow-ups and check-ins due today. */
  dueToday: number;
  agreements: number;
  stalled: number;
}

export interface TodayItems {
  /** The local day the items are for. */
  today: string;
  followUps: FollowUpItem[];
  agreements: AgreementItem[];
  stalled: StalledItem[];
  checkIns: CheckInItem[];
  summary: TodaySummary;
}

/** A sent agreement unsigned for longer than this shows as waiting. */
export const unsignedReminderDays = 30;

// One collator for every comparison: String.prototype.localeCompare builds one per call.
const collator = new Intl.Collator();
const byName = (a: { partnerName: string }, b: { partnerName: string }) =>
  collator.compare(a.partnerName, b.partnerName);

const isLimited = (phase: Phase): phase is LimitedPhase =>
  (limitedPhases as readonly Phase[]).includes(phase);

function followUpItems(facts: readonly FollowUpFact[], today: string): FollowUpItem[] {
  return facts
    .filter((f) => f.dueOn <= today)
    .map((f) => ({ ...f, daysOverdue: daysBetween(f.dueOn, today) }))
    .sort(
      (a, b) => b.daysOverdue - a.daysOverdue || byName(a, b) || a.interactionId - b.interactionId,
    );
}

function agreementItems(
  facts: readonly AgreementFact[],
  today: string,
  timeZone: string,
): AgreementItem[] {
  const items: AgreementItem[] = [];
  for (const f of facts) {
    const state = agreementState(f, today);
    const base = {
      agreementId: f.agreementId,
      partnerId: f.partnerId,
      partnerName: f.partnerName,
      kind: f.kind,
      validUntil: f.validUntil,
      state,
    };
    if (f.status === 'signed' && (state.tone === 'warning' || state.tone === 'expired')) {
      items.push({
        ...base,
        reason: state.tone === 'expired' ? 'expired' : 'expiring',
        daysLeft: state.daysLeft,
        sentOn: null,
        daysSinceSent: null,
      });
    } else if (f.status === 'sent' && f.sentAt) {
      const sentOn = localDateOf(f.sentAt, timeZone);
      const since = sentOn ? daysBetween(sentOn, today) : 0;
      if (sentOn && since > unsignedReminderDays) {
        items.push({ ...base, reason: 'unsigned', daysLeft: null, sentOn, daysSinceSent: since });
      }
    }
  }
  const urgency = (i: AgreementItem) => i.daysLeft ?? -(i.daysSinceSent ?? 0);
  return items.sort((a, b) => urgency(a) - urgency(b) || byName(a, b));
}

function stalledItems(
  facts: readonly PartnerFact[],
  settings: TodaySettings,
  today: string,
  timeZone: string,
): StalledItem[] {
  const items: StalledItem[] = [];
  for (const f of facts) {
    if (!isLimited(f.phase)) continue;
    const entered = localDateOf(f.phaseEnteredAt, timeZone);
    if (!entered) continue;
    const days = daysBetween(entered, today);
    const limit = settings.phaseLimits[f.phase];
    if (days > limit) {
      items.push({
        partnerId: f.partnerId,
        partnerName: f.partnerName,
        phase: f.phase,
        daysInPhase: days,
        limit,
      });
    }
  }
  return items.sort((a, b) => b.daysInPhase - b.limit - (a.daysInPhase - a.limit) || byName(a, b));
}

/**
 * When a partnership in Maintenance & growth next wants a check-in: `checkInDays` after the
 * newest logbook entry, or after it entered the phase when that is later (moving a partner
 * into Maintenance & growth is itself a touchpoint).
 */
export function checkInDueOn(
  fact: Pick<PartnerFact, 'phaseEnteredAt' | 'lastInteractionOn'>,
  checkInDays: number,
  timeZone: string,
): string | null {
  const entered = localDateOf(fact.phaseEnteredAt, timeZone);
  if (!entered) return null;
  const last = fact.lastInteractionOn;
  const from = last !== null && last > entered ? last : entered;
  return addDays(from, checkInDays);
}

function checkInItems(
  facts: readonly PartnerFact[],
  settings: TodaySettings,
  today: string,
  timeZone: string,
): CheckInItem[] {
  const items: CheckInItem[] = [];
  for (const f of facts) {
    if (f.phase !== 'maintenance_growth') continue;
    const dueOn = checkInDueOn(f, settings.checkInDays, timeZone);
    if (dueOn === null || dueOn > today) continue;
    items.push({
      partnerId: f.partnerId,
      partnerName: f.partnerName,
      lastInteractionOn: f.lastInteractionOn,
      dueOn,
      daysOverdue: daysBetween(dueOn, today),
    });
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue || byName(a, b));
}

/** Everything for the Today view at `now`, in the coordinator's `timeZone`. */
export function todayItems(
  facts: TodayFacts,
  settings: TodaySettings,
  now: Date,
  timeZone: string,
): TodayItems {
  const today = localDateIn(now, timeZone);
  const followUps = followUpItems(facts.followUps, today);
  const agreements = agreementItems(facts.agreements, today, timeZone);
  const stalled = stalledItems(facts.partners, settings, today, timeZone);
  const checkIns = checkInItems(facts.partners, settings, today, timeZone);
  const dated = [...followUps, ...checkIns];
  return {
    today,
    followUps,
    agreements,
    stalled,
    checkIns,
    summary: {
      overdue: dated.filter((i) => i.daysOverdue > 0).length,
      dueToday: dated.filter((i) => i.daysOverdue === 0).length,
      agreements: agreements.length,
      stalled: stalled.length,
    },
  };
}

/**
 * The earliest day the backend needs facts from, so that it can leave out partners that
 * cannot be stalled yet: the day before the shortest limit, for a time zone up to a day away.
 */
export function earliestStallCutoff(settings: TodaySettings, today: string): string {
  const shortest = Math.min(...Object.values(settings.phaseLimits));
  return addDays(today, -shortest + 1);
}

export const snoozeChoices = ['1d', '3d', '1w', '1m'] as const;
export type SnoozeChoice = (typeof snoozeChoices)[number];

export const snoozeLabels: Record<SnoozeChoice, string> = {
  '1d': 'Tomorrow',
  '3d': 'In 3 days',
  '1w': 'In a week',
  '1m': 'In a month',
};

/** The new due day of a follow-up snoozed on `today`. */
export function snoozedDueOn(choice: SnoozeChoice, today: string): string {
  switch (choice) {
    case '1d':
      return addDays(today, 1);
    case '3d':
      return addDays(today, 3);
    case '1w':
      return addDays(today, 7);
    case '1m':
      return addMonths(today, 1);
  }
}
