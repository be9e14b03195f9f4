import { z } from 'zod';
import { id, isoDate } from '../partner';
import { isTimeZone } from './calendar';
import type { TodayItems } from './rules';

export const todaySections = ['followUps', 'agreements', 'stalled', 'checkIns'] as const;
export type TodaySection = (typeof todaySections)[number];

/** Each list's first items at most, unless asked for more. */
export const todayListLimit = 25;

/** What `getToday` answers: the items, and what the screen needs around them. */
export interface TodayList extends TodayItems {
  /** The backend's current time (ISO), the instant the items were computed for. */
  now: string;
  /** How many items each list has in all (the lists hold the first `limit`, or all when asked). */
  totals: Record<TodaySection, number>;
  /** Active partners: with none, the app opens on the board's first-run help instead. */
  activePartners: number;
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(100)
  .refine(isTimeZone, 'This time zone is not known.');

export const todayInputSchema = z.strictObject({
  /** The coordinator's IANA time zone: "today" is the local date there. */
  timeZone: timeZoneSchema,
  /** The most items per list; the totals count them all. */
  limit: z.number().int().min(1).max(1_000_000).default(todayListLimit),
  /** Lists sent whole, whatever the limit ("Show all" on one section). */
  whole: z.array(z.enum(todaySections)).max(todaySections.length).default([]),
});

export const snoozeInputSchema = z.strictObject({
  partnerId: id,
  id,
  /** The follow-up's new due day. */
  dueOn: isoDate,
});

export const notifyInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().max(400),
});

export const badgeInputSchema = z.strictObject({
  /** Items overdue; 0 clears the badge. */
  count: z.number().int().min(0).max(99_999),
});
