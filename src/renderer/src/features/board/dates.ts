/** Dates as the coordinator sees them: in the computer's own time zone. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function localIsoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole calendar days from one `YYYY-MM-DD` to another (never negative). */
export function daysFrom(fromIsoDate: string, toIsoDate: string): number {
  const ms = Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? 0 : Math.max(0, Math.round(ms / 86_400_000));
}

/** Days a card has been in its phase: from the local day it entered to `today`. */
export function daysInPhase(phaseEnteredAt: string, today: string): number {
  const entered = new Date(phaseEnteredAt);
  if (Number.isNaN(entered.getTime())) return 0;
  return daysFrom(localIsoDate(entered), today);
}

const withYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const withoutYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A `YYYY-MM-DD` day for a card: "12 Mar", with the year when it is not this year's. */
export function shortDate(isoDate: string, today: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const date = new Date(y, m - 1, d);
  return (isoDate.slice(0, 4) === today.slice(0, 4) ? withoutYear : withYear).format(date);
}
