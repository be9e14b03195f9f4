import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Backend, createBackend } from '../../src/main/backend';
import type { Clock } from '../../src/main/backend/clock';
import { createExportFolderPlatform } from '../../src/main/backend/exportFolder';
import type { Channel, ChannelInput, ChannelResult } from '../../src/shared/api';

/** Calls a channel; answers its value or throws with the backend's message. */
export type Must = <C extends Channel>(
  channel: C,
  ...input: undefined extends ChannelInput<C> ? [] : [ChannelInput<C>]
) => Promise<ChannelResult<C>>;

/**
 * A new data folder filled through the backend's own API (the same validation and repositories
 * as the app) before the app starts; `clock` sets the time the data is written at. `backend`
 * is there for what the API cannot write (e.g. an agreement signed on an earlier day).
 */
export async function seedDataDir(
  prefix: string,
  fill: (must: Must, backend: Backend) => Promise<void>,
  clock?: Clock,
): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const backend = createBackend({
    dataDir: dir,
    version: 'e2e',
    platform: createExportFolderPlatform('browser', path.join(dir, 'exports')),
    ...(clock ? { clock } : {}),
  });
  const must: Must = async (channel, ...input) => {
    const result = await backend.call(channel, input[0]);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelResult<typeof channel>;
  };
  try {
    await fill(must, backend);
  } finally {
    backend.close();
  }
  return dir;
}
