/**
 * Dates as the coordinator sees them: in the computer's own language and time zone ("3 Mar
 * 2026", "12 Apr 2026, 14:05" in British English). Calendar days (`YYYY-MM-DD`) are read as
 * local days, never through UTC, so that they do not shift by one.
 */

import { appNow } from '../../appNow';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `date` (by default the app's now) as `YYYY-MM-DD`. */
export function localIsoDate(date: Date = appNow()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole calendar days from one `YYYY-MM-DD` to another (never negative). */
function daysFrom(fromIsoDate: string, toIsoDate: string): number {
  const ms = Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? 0 : Math.max(0, Math.round(ms / 86_400_000));
}

/** Days a partner has been in its phase: from the local day it entered to `today`. */
export function daysInPhase(phaseEnteredAt: string, today: string): number {
  const entered = new Date(phaseEnteredAt);
  if (Number.isNaN(entered.getTime())) return 0;
  return daysFrom(localIsoDate(entered), today);
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const dayTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const withoutYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A `YYYY-MM-DD` day as a local date; null when it is not one. */
function localDay(isoDate: string): Date | null {
  const [y, m, d] = isoDate.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d) : null;
}

/** "3 Mar 2026" for a calendar day `YYYY-MM-DD`. */
export function formatDay(isoDate: string): string {
  const date = localDay(isoDate);
  return date ? dayFormat.format(date) : isoDate;
}

const longDayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The day as a heading: "Monday, 15 June 2026". */
export function formatLongDay(isoDate: string): string {
  const date = localDay(isoDate);
  return date ? longDayFormat.format(date) : isoDate;
}

/** A `YYYY-MM-DD` day for a card: "12 Mar", with the year when it is not this year's. */
export function shortDate(isoDate: string, today: string): string {
  const date = localDay(isoDate);
  if (!date) return isoDate;
  return (isoDate.slice(0, 4) === today.slice(0, 4) ? withoutYear : dayFormat).format(date);
}

/** "3 Mar 2026" or "3 Mar 2026, 14:05" for an ISO timestamp. */
export function formatTimestamp(iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (withTime ? dayTimeFormat : dayFormat).format(date);
}
