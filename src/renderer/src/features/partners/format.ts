/**
 * Dates as the coordinator reads them, in the computer's own language and time zone, like the
 * board's ("3 Mar 2026", "12 Apr 2026, 14:05" in British English). Calendar days (`YYYY-MM-DD`)
 * are read as local days, never through UTC, so that they do not shift by one.
 */

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

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the coordinator's calendar, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function localDay(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** "3 Mar 2026" for a calendar day `YYYY-MM-DD`. */
export function formatDay(iso: string): string {
  return dayFormat.format(localDay(iso));
}

/** "3 Mar 2026" or "3 Mar 2026, 14:05" for an ISO timestamp. */
export function formatTimestamp(iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (withTime ? dayTimeFormat : dayFormat).format(date);
}

const dayMs = 24 * 60 * 60 * 1000;

/** Whole calendar days from the timestamp's day to today (0 on the same day). */
export function daysSince(iso: string, now: Date = new Date()): number {
  const start = new Date(iso);
  if (Number.isNaN(start.getTime())) return 0;
  const from = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / dayMs));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "today", "1 day", "12 days" in a phase. */
export function daysInPhaseText(days: number): string {
  return days === 0 ? 'since today' : plural(days, 'day');
}

/** A span between two timestamps for the history: "12 days", "3 hours", "under an hour". */
export function durationText(fromIso: string, toIso: string): string {
  const ms = new Date(toIso).getTime() - new Date(fromIso).getTime();
  if (!Number.isFinite(ms) || ms < 60 * 60 * 1000) return 'under an hour';
  if (ms < dayMs) return plural(Math.floor(ms / (60 * 60 * 1000)), 'hour');
  const days = Math.floor(ms / dayMs);
  if (days < 60) return plural(days, 'day');
  const months = Math.floor(days / 30.44);
  if (months < 24) return plural(months, 'month');
  return plural(Math.floor(days / 365.25), 'year');
}
