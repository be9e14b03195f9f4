import { z } from 'zod';
import type { Phase } from '../domain';

/**
 * What the Today view counts as "too long": how many days a partner may stay in each phase
 * before it shows as stalled, and how often a partnership in Maintenance & growth wants a
 * check-in. Maintenance & growth has no end, so its limit is the check-in interval instead.
 */

/** The phases with a stall limit. */
export const limitedPhases = [
  'scouting',
  'first_contact',
  'proposal',
  'collaboration_setup',
] as const;
export type LimitedPhase = (typeof limitedPhases)[number] & Phase;

export interface TodaySettings {
  phaseLimits: Record<LimitedPhase, number>;
  /** Days between check-ins with a partner in Maintenance & growth ("quarterly": 90). */
  checkInDays: number;
}

export const defaultTodaySettings: TodaySettings = {
  phaseLimits: { scouting: 30, first_contact: 14, proposal: 30, collaboration_setup: 45 },
  checkInDays: 90,
};

export const minLimitDays = 1;
export const maxLimitDays = 365;

const days = z
  .number({ error: 'Enter a number of days.' })
  .int('Enter whole days.')
  .min(minLimitDays, `Enter at least ${minLimitDays} day.`)
  .max(maxLimitDays, `Enter at most ${maxLimitDays} days.`);

export const todaySettingsSchema = z.strictObject({
  phaseLimits: z.strictObject({
    scouting: days,
    first_contact: days,
    proposal: days,
    collaboration_setup: days,
  }),
  checkInDays: days,
});
