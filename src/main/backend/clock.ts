import { AppError } from './errors';

/** Injected so that tests can fix "now" (days in phase, due dates, timestamps). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and then runs in real time, so that timestamps written
 * afterwards still follow one another: for trying the app (and testing it) on another day.
 */
export function shiftedClock(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/**
 * The clock PARTNERLOOM_NOW asks for (an ISO date-time such as 2026-06-15T09:00:00Z), or the
 * system clock when it is not set. Anything else is refused with a sentence.
 */
export function clockFromEnvironment(value: string | undefined): Clock {
  const text = value?.trim();
  if (!text) return systemClock;
  const start = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(start.getTime())) {
    throw new AppError(
      'invalid_input',
      `PARTNERLOOM_NOW must be a date and time such as 2026-06-15T09:00:00Z, not "${text}".`,
    );
  }
  return shiftedClock(start);
}
