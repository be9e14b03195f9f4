import type { StaticAppInfo } from '../../shared/appInfo';
import type { StartupState } from '../../shared/backup';
import type { Result } from '../../shared/result';
import { createHandlers, dispatch, type HandlerTable, type Logger } from './api';
import { createDataSafety, noDataOpen } from './backup/dataSafety';
import { type Clock, systemClock } from './clock';
import type { Db } from './db/connection';
import { defaultFontsDir } from './documents/fontsDir';
import type { Platform } from './platform';
import { createServices, type Services } from './services';

export interface BackendOptions {
  dataDir: string;
  version: string;
  platform: Platform;
  clock?: Clock;
  log?: Logger;
  /** Folder of the fonts embedded in PDFs; defaults to `resources/fonts` of the working folder. */
  fontsDir?: string;
  /** See DataSafetyOptions; 5 s unless given. */
  dailyBackupDelayMs?: number;
  /**
   * The app: check the database's integrity in a worker thread, so that the window loads
   * meanwhile; requests wait until the data is open. Otherwise (tools, tests) the data is
   * open, or set aside, when `createBackend` returns.
   */
  checkInBackground?: boolean;
}

export interface Backend {
  /** The open database; throws AppError when none is open (damaged or unavailable data). */
  readonly db: Db;
  readonly handlers: HandlerTable;
  /** Settles once start-up has opened the data or found why it cannot (never rejects). */
  readonly ready: Promise<void>;
  /** What start-up found; the renderer shows the recovery screen unless it is ok. */
  startupState(): StartupState;
  /** Validates and runs one request; never throws. */
  call(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

/**
 * Stands in for the services while no database is open: every data request is refused with
 * a sentence, while the app information and the data-safety channels keep working.
 */
function closedServices(appInfo: StaticAppInfo): Services {
  return new Proxy({ appInfo } as Services, {
    get(target, key) {
      if (key === 'appInfo') return target.appInfo;
      throw noDataOpen();
    },
  });
}

/**
 * Opens the data folder and wires services and handlers. Never throws for a data problem: a
 * damaged database, a missing folder or a newer data format leave the backend running without
 * a database, and `startupState()` says why, so that the window can explain it. A restore
 * closes the database and opens another; the handler table is rebuilt on each opening, while
 * the transports keep calling `call`.
 */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((m, e) => console.error(m, e));
  const appInfo: StaticAppInfo = {
    version: options.version,
    mode: options.platform.mode,
    dataDir: options.dataDir,
    exportsDir: options.platform.exportsDir,
  };
  const safety = createDataSafety({
    dataDir: options.dataDir,
    clock,
    log,
    dailyBackupDelayMs: options.dailyBackupDelayMs ?? 5000,
    opened(db) {
      const services = createServices(db, clock, appInfo, {
        platform: options.platform,
        fontsDir: options.fontsDir ?? defaultFontsDir(),
      });
      try {
        services.partners.purgeExpired();
      } catch (error) {
        log('Emptying "Recently deleted" failed', error);
      }
      handlers = createHandlers(services, safety, clock);
    },
    closing() {
      handlers = createHandlers(closedServices(appInfo), safety, clock);
    },
  });
  let handlers: HandlerTable = createHandlers(closedServices(appInfo), safety, clock);
  let ready = Promise.resolve();
  if (options.checkInBackground) ready = safety.startInBackground();
  else safety.start();
  return {
    get db() {
      return safety.db();
    },
    get handlers() {
      return handlers;
    },
    ready,
    startupState: () => safety.startupState(),
    call: async (channel, input) => {
      await ready;
      return dispatch(handlers, channel, input, log);
    },
    close: () => safety.close(),
  };
}
