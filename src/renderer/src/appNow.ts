/**
 * The app's "now". The backend may run on another day than the computer's clock
 * (PARTNERLOOM_NOW, for trying things out and for tests); the renderer keeps the difference
 * and counts "today", days in phase and due dates from the same instant as the backend.
 */

let offsetMs = 0;
const sameClockMs = 5_000;

/** Takes the backend's current time (from getAppInfo or getToday) as the app's now. */
export function syncAppNow(backendNow: string): void {
  const at = Date.parse(backendNow);
  if (Number.isNaN(at)) return;
  // The answer took some time to arrive, so a few seconds' difference is that delay, not another
  // clock: taking it would put the renderer's "now" before what the backend has just stamped.
  const offset = at - Date.now();
  offsetMs = Math.abs(offset) < sameClockMs ? 0 : offset;
}

export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The coordinator's time zone, in which "today" is counted. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
