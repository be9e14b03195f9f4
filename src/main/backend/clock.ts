/** Injected so that tests can fix "now" (days in phase, due dates, timestamps). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
