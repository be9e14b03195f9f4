import type { AppInfo } from '../../shared/appInfo';
import type { Result } from '../../shared/result';
import { createHandlers, dispatch, type HandlerTable, type Logger } from './api';
import { type Clock, systemClock } from './clock';
import type { Db } from './db/connection';
import { openStore } from './db/store';
import { defaultFontsDir } from './documents/fontsDir';
import type { Platform } from './platform';
import { createServices } from './services';

export interface BackendOptions {
  dataDir: string;
  version: string;
  platform: Platform;
  clock?: Clock;
  log?: Logger;
  /** Folder of the fonts embedded in PDFs; defaults to `resources/fonts` of the working folder. */
  fontsDir?: string;
}

export interface Backend {
  db: Db;
  handlers: HandlerTable;
  /** Validates and runs one request; never throws. */
  call(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

/** Opens the store and wires services and handlers. Throws AppError when the data cannot be used. */
export function createBackend(options: BackendOptions): Backend {
  const db = openStore(options.dataDir);
  const appInfo: AppInfo = {
    version: options.version,
    mode: options.platform.mode,
    dataDir: options.dataDir,
    exportsDir: options.platform.exportsDir,
  };
  const handlers = createHandlers(
    createServices(db, options.clock ?? systemClock, appInfo, {
      platform: options.platform,
      fontsDir: options.fontsDir ?? defaultFontsDir(),
    }),
  );
  return {
    db,
    handlers,
    call: (channel, input) => dispatch(handlers, channel, input, options.log),
    close: () => {
      if (db.open) db.close();
    },
  };
}
