import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src/main/backend/db/connection';
import { tempDir } from './helpers/backend';
import { committedBatches, startCrashChild, useCrashChild } from './helpers/crashBatches';

/**
 * A scaled-down version of how SQLite tests itself: a process writing batches through the
 * app's own connection and services is killed with SIGKILL at random moments, again and
 * again. After every kill the database must pass `integrity_check`, every batch the process
 * reported as committed must be there whole, and no batch may be there in part.
 */

const kills = 200;
/** A fresh database every so many kills keeps each check quick. */
const killsPerDatabase = 25;

const crashChild = useCrashChild();

describe('crash safety', () => {
  it(`keeps every committed batch whole over ${kills} kills at random moments`, async () => {
    const tally = { kills: 0, beforeReady: 0, committed: 0, unreported: 0 };

    /** One database after another, each killed `killsPerDatabase` times. */
    async function lane(rounds: number): Promise<void> {
      let file = '';
      let previous: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        if (round % killsPerDatabase === 0) {
          file = path.join(tempDir('partnerloom-crash-'), 'partnerloom.sqlite');
          previous = [];
        }
        const running = startCrashChild(crashChild(), file);
        // Mostly while it writes; now and then while it is still opening the database.
        const whileOpening = round % 10 === 0;
        if (!whileOpening) await running.ready;
        await wait(Math.random() * (whileOpening ? 40 : 60));
        const wasReady = await Promise.race([running.ready.then(() => true), wait(0, false)]);
        running.child.kill('SIGKILL');
        await running.exited;
        tally.kills += 1;
        if (!wasReady) tally.beforeReady += 1;

        const db = openConnection(file);
        try {
          expect(db.pragma('integrity_check', { simple: true }), `kill ${round}`).toBe('ok');
          expect(db.pragma('foreign_key_check'), `kill ${round}`).toEqual([]);
          const committed = committedBatches(db);
          const known = new Set(committed);
          for (const id of [...previous, ...running.printed]) {
            expect(known.has(id), `kill ${round}: printed batch ${id} is missing`).toBe(true);
          }
          // Beyond what was printed, at most the batch in flight when the kill came.
          const printedMax = Math.max(0, ...previous, ...running.printed);
          const unreported = committed.filter((id) => id > printedMax);
          expect(unreported.length, `kill ${round}`).toBeLessThanOrEqual(1);
          if (unreported[0] !== undefined) expect(unreported[0]).toBe(printedMax + 1);
          tally.unreported += unreported.length;
          tally.committed += committed.length - previous.length;
          previous = committed;
        } finally {
          db.close();
        }
      }
    }

    // Two databases side by side: each kill waits mostly for a process to start.
    await Promise.all([lane(kills / 2), lane(kills / 2)]);
    console.log(
      `Crash test: ${tally.kills} kills (${tally.beforeReady} while opening), ` +
        `${tally.committed} batches committed, ${tally.unreported} committed but killed before reporting; ` +
        'integrity_check ok and every batch whole after each kill.',
    );
    expect(tally.kills).toBe(kills);
    expect(tally.committed).toBeGreaterThan(kills);
  }, 240_000);
});
