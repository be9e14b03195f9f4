import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../db/store';
import { AppError } from '../errors';
import { generatePartners } from './generatePartners';

/**
 * `seed --data-dir DIR --count N [--seed S] [--now ISO] [--append]`: fills a data folder with
 * generated partners. Refuses a folder that already has partners unless --append, so that
 * nobody's real logbook gets made-up partners by accident.
 */

const usage =
  'Usage: npm run seed -- --data-dir DIR --count N [--seed S] [--now 2026-03-01T09:00:00Z] [--append]';

function wholeNumber(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (value === undefined || !Number.isSafeInteger(n) || n < 0) {
    throw new AppError(
      'invalid_input',
      `--${name} must be a whole number, not "${value ?? ''}".\n${usage}`,
    );
  }
  return n;
}

/** Runs the command; answers the line to print, or throws AppError with a sentence. */
export function runSeedCommand(args: readonly string[]): string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'data-dir': { type: 'string' },
        count: { type: 'string' },
        seed: { type: 'string' },
        now: { type: 'string' },
        append: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new AppError('invalid_input', `${(error as Error).message}\n${usage}`);
  }
  if (!values['data-dir']) throw new AppError('invalid_input', `--data-dir is required.\n${usage}`);
  const dataDir = path.resolve(values['data-dir']);
  const count = wholeNumber(values.count, 'count');
  const seed = wholeNumber(values.seed, 'seed', 1);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    throw new AppError(
      'invalid_input',
      `--now must be a date and time, not "${values.now}".\n${usage}`,
    );
  }

  const db = openStore(dataDir);
  try {
    const existing = db.prepare<[], number>('SELECT count(*) FROM partners').pluck().get() ?? 0;
    if (existing > 0 && !values.append) {
      throw new AppError(
        'conflict',
        `The data folder ${dataDir} already has ${existing} partners. Nothing was written. ` +
          'Add --append to add more, or choose an empty folder.',
      );
    }
    const started = performance.now();
    generatePartners(db, { count, seed, now });
    const seconds = (performance.now() - started) / 1000;
    return `Wrote ${count} partners to ${dataDir} in ${seconds.toFixed(2)} s.`;
  } finally {
    db.close();
  }
}
