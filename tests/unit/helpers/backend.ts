import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { type Backend, createBackend } from '../../../src/main/backend';
import type { Channel } from '../../../src/shared/api';
import type { Clock } from '../../../src/main/backend/clock';
import { createExportFolderPlatform } from '../../../src/main/backend/exportFolder';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh, empty folder removed after the test. */
export function tempDir(prefix = 'partnerloom-unit-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** "Now" for a test backend without a clock of its own. */
export const testNow = '2026-03-01T09:30:00.000Z';

/** A real backend on a temporary data folder, closed after the test. */
export function testBackend(
  options: { dataDir?: string; clock?: Clock; checkInBackground?: boolean } = {},
): Backend {
  const dataDir = options.dataDir ?? tempDir();
  const backend = createBackend({
    dataDir,
    version: '0.0.0-test',
    platform: createExportFolderPlatform('browser', path.join(dataDir, 'exports')),
    clock: options.clock ?? fixedClock(testNow),
    log: () => undefined,
    dailyBackupDelayMs: 0,
    checkInBackground: options.checkInBackground ?? false,
  });
  cleanups.unshift(() => backend.close());
  return backend;
}

/**
 * The raw request path (validation, Result envelope) with the channel name checked against
 * the contract; the input stays unchecked so that tests can send malformed input.
 */
export const call = (backend: Backend, channel: Channel, input: unknown) =>
  backend.call(channel, input);

export const validInstitution = {
  legalName: 'Zespół Szkół Technicznych Łódź',
  address: 'ul. Wólczańska 12',
  city: 'Łódź',
  country: 'Poland',
  representativeName: 'Ewa Nowak',
  representativePosition: 'Director',
  email: 'office@zst.example.pl',
  phone: '+48 42 555 12 34',
  website: 'https://zst.example.pl',
  whoWeAre: 'A technical school.',
  whatWeOffer: 'Workshops.',
  whatWeLookFor: 'Employers.',
  whyPartner: 'Experience.',
};
