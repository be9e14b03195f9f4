import { AppError } from '../errors';
import { unsupportedNodeMessage } from '../nodeVersion';
import { runSeedCommand } from './seedCommand';

/**
 * Development data generator, run with plain Node:
 * `node out/main/seed.js --data-dir DIR --count N [--seed S] [--now ISO] [--append]`
 * (or `npm run seed -- …`, which builds first).
 */
try {
  const tooOld = unsupportedNodeMessage();
  if (tooOld) throw new AppError('internal', tooOld);
  console.log(runSeedCommand(process.argv.slice(2)));
} catch (error) {
  // A sentence for the person at the terminal; no stack trace.
  console.error(
    error instanceof AppError
      ? error.message
      : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
