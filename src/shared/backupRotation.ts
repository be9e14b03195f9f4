/**
 * Which backups to keep. Counted in days and weeks that have a backup (not calendar days back
 * from today), so that a few months without opening the app never empties the folder:
 *
 * - the newest backup of each of the 7 most recent days with backups,
 * - the newest backup of each of the 8 most recent weeks (Monday to Sunday, UTC),
 * - every backup of the last 24 hours, up to 10 (a restore or an update made today stays
 *   within reach even after "Back up now"),
 * - the newest verified backup, whatever its age,
 * - anything dated after `now` (the clock was put back; its age is unknown).
 */

export interface RotationEntry {
  name: string;
  createdAt: string;
  verified: boolean;
}

export const rotationPolicy = { days: 7, weeks: 8, recentHours: 24, recentMax: 10 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 (a Thursday), UTC. */
const dayNumber = (ms: number) => Math.floor(ms / dayMs);
/** Weeks starting on Monday: 1969-12-29 was the Monday before day 0. */
const weekNumber = (ms: number) => Math.floor((dayNumber(ms) + 3) / 7);

/** The newest entry of each of the `count` most recent periods; input newest first. */
function newestPerPeriod<T extends { ms: number }>(
  sorted: readonly T[],
  period: (ms: number) => number,
  count: number,
): T[] {
  const picked: T[] = [];
  let last: number | null = null;
  for (const entry of sorted) {
    const p = period(entry.ms);
    if (p === last) continue;
    last = p;
    picked.push(entry);
    if (picked.length === count) break;
  }
  return picked;
}

export function backupsToKeep(
  entries: readonly RotationEntry[],
  now: Date,
): { keep: string[]; remove: string[] } {
  const nowMs = now.getTime();
  const sorted = entries
    .map((e) => ({ ...e, ms: Date.parse(e.createdAt) }))
    .sort((a, b) => b.ms - a.ms || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  const past = sorted.filter((e) => {
    if (Number.isNaN(e.ms) || e.ms > nowMs) {
      keep.add(e.name);
      return false;
    }
    return true;
  });
  for (const e of newestPerPeriod(past, dayNumber, rotationPolicy.days)) keep.add(e.name);
  for (const e of newestPerPeriod(past, weekNumber, rotationPolicy.weeks)) keep.add(e.name);
  past
    .filter((e) => nowMs - e.ms < rotationPolicy.recentHours * 60 * 60 * 1000)
    .slice(0, rotationPolicy.recentMax)
    .forEach((e) => keep.add(e.name));
  const newestVerified = past.find((e) => e.verified);
  if (newestVerified) keep.add(newestVerified.name);
  return {
    keep: sorted.filter((e) => keep.has(e.name)).map((e) => e.name),
    remove: sorted.filter((e) => !keep.has(e.name)).map((e) => e.name),
  };
}
