import { daysBetween } from '../agreement';

/**
 * Calendar days (`YYYY-MM-DD`) in the coordinator's own time zone. "Today" is the local date
 * at an instant in a named zone, never the UTC date; day arithmetic works on the calendar
 * itself, so summer time changes never make a day 23 or 25 hours long.
 */

/** One formatter per zone and purpose: making one is far slower than using it. */
function cachedFormatter(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  options: Intl.DateTimeFormatOptions & { timeZone: string },
): Intl.DateTimeFormat {
  let formatter = cache.get(options.timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    cache.set(options.timeZone, formatter);
  }
  return formatter;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) =>
  cachedFormatter(dayFormatters, 'en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

/** Whether `timeZone` is an IANA zone this system knows ("Europe/Lisbon", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function exactLocalDate(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `ms`, in milliseconds (to the second). */
function offsetAt(ms: number, timeZone: string): number {
  const formatter = cachedFormatter(clockFormatters, 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = formatter.formatToParts(new Date(ms));
  const n = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

const dayMs = 86_400_000;
/** Per zone and UTC day: the zone's offset that whole day, or null on a day it changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * The local calendar day at `instant` in `timeZone`. Asking the time-zone database is slow,
 * and the Today view asks for thousands of timestamps, so the offset is looked up once per
 * UTC day; on a day the offset changes (summer time) each instant is looked up itself.
 */
export function localDateIn(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  const day = Math.floor(ms / dayMs);
  let offsets = dayOffsets.get(timeZone);
  if (!offsets || offsets.size > 20_000) {
    offsets = new Map();
    dayOffsets.set(timeZone, offsets);
  }
  let offset = offsets.get(day);
  if (offset === undefined) {
    const start = offsetAt(day * dayMs, timeZone);
    offset = start === offsetAt((day + 1) * dayMs - 1000, timeZone) ? start : null;
    offsets.set(day, offset);
  }
  if (offset === null) return exactLocalDate(instant, timeZone);
  return new Date(ms + offset).toISOString().slice(0, 10);
}

/**
 * The calendar day at `instant` in this machine's own time zone, `YYYY-MM-DD`: the activity
 * view and the annual report count in the zone of the computer that runs them.
 */
export function machineLocalDate(instant: Date | number): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local calendar day of an ISO timestamp; null when it is not one. */
export function localDateOf(isoTimestamp: string, timeZone: string): string | null {
  const instant = new Date(isoTimestamp);
  return Number.isNaN(instant.getTime()) ? null : localDateIn(instant, timeZone);
}

const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** `isoDate` plus `days` calendar days (negative: earlier). */
export function addDays(isoDate: string, days: number): string {
  const date = asUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/**
 * `isoDate` plus `months` calendar months, kept in the target month: 31 Jan + 1 month is the
 * last day of February (28th, or 29th in a leap year).
 */
export function addMonths(isoDate: string, months: number): string {
  const date = asUtc(isoDate);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return isoOf(date);
}

export { daysBetween };
