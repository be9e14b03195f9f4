/** Counts and spans in words, for the partner views and the board's cards. */

const dayMs = 24 * 60 * 60 * 1000;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
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
