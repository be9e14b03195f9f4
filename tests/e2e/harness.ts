import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {
  test as base,
  _electron,
  type Browser,
  chromium,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { installedElectronPath } from '../../scripts/electron-binary.cjs';

const root = path.resolve(__dirname, '../..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** Reuse a data folder: launching again with the same one is a restart. */
  dataDir?: string;
  /**
   * Start the app at this moment (ISO date-time): backend and renderer both count from it,
   * and the clock runs on from there (PARTNERLOOM_NOW).
   */
  now?: string;
  /** The computer's time zone (IANA name) for the backend and the page. */
  timeZone?: string;
}

export interface LaunchedApp {
  page: Page;
  mode: 'electron' | 'browser';
  dataDir: string;
  /** Where documents are written without a save dialog. */
  exportsDir: string;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  /** Browser mode only: the server's address and session key, for transport-level tests. */
  server?: { origin: string; token: string };
  /** Stops the app; calling it again does nothing. */
  close(): Promise<void>;
}

/** Wraps a close function so that a second call (e.g. fixture teardown) is harmless. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

/** Which kind of app launchApp starts here: decided before launching, so specs can skip early. */
export function harnessMode(): 'electron' | 'browser' {
  const forced = process.env.PARTNERLOOM_E2E_MODE;
  if (forced === 'electron' || forced === 'browser') return forced;
  return installedElectronPath() ? 'electron' : 'browser';
}

let announced = false;

/**
 * Starts Partnerloom for one spec: the real Electron app where its binary is installed,
 * otherwise browser mode (same backend, same renderer, HTTP on 127.0.0.1) in Debian's Chromium.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'partnerloom-e2e-'));
  const exportsDir = path.join(dataDir, 'exports');
  const mode = harnessMode();
  if (!announced) {
    console.log(
      `e2e harness: ${mode === 'electron' ? 'real Electron app' : 'browser mode in Chromium'}`,
    );
    announced = true;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(options.now ? { PARTNERLOOM_NOW: options.now } : {}),
    ...(options.timeZone ? { TZ: options.timeZone } : {}),
  };
  return mode === 'electron'
    ? launchElectron(dataDir, exportsDir, env)
    : launchBrowserMode(dataDir, exportsDir, env, options.timeZone);
}

async function launchElectron(
  dataDir: string,
  exportsDir: string,
  env: NodeJS.ProcessEnv,
): Promise<LaunchedApp> {
  const executablePath = installedElectronPath();
  if (!executablePath)
    throw new Error('PARTNERLOOM_E2E_MODE=electron, but no Electron binary is installed.');
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [root],
    env: { ...env, PARTNERLOOM_DATA_DIR: dataDir, PARTNERLOOM_EXPORTS_DIR: exportsDir },
  });
  const page = await app.firstWindow();
  const consoleErrors: string[] = [];
  watchConsole(page, consoleErrors);
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    mode: 'electron',
    dataDir,
    exportsDir,
    consoleErrors,
    close: once(() => app.close()),
  };
}

interface ServerHello {
  url: string;
  port: number;
  token: string;
}

async function startServer(
  dataDir: string,
  exportsDir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; hello: ServerHello }> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'out/main/browser.js'),
      '--data-dir',
      dataDir,
      '--exports-dir',
      exportsDir,
      '--json',
    ],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout });
  const hello = await new Promise<ServerHello>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(
        new Error(
          `Browser mode exited (${code}) before it was ready. Was the app built? ${stderr}`,
        ),
      ),
    );
    lines.once('line', (line) => {
      try {
        resolve(JSON.parse(line) as ServerHello);
      } catch {
        reject(new Error(`Unexpected first line from browser mode: ${line}`));
      }
    });
  });
  return { child, hello };
}

async function launchBrowserMode(
  dataDir: string,
  exportsDir: string,
  env: NodeJS.ProcessEnv,
  timeZone: string | undefined,
): Promise<LaunchedApp> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  const { child, hello } = await startServer(dataDir, exportsDir, env);
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  // A context of its own (not browser.newPage) so that axe-core can open helper pages in it.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    ...(timeZone ? { timezoneId: timeZone } : {}),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  watchConsole(page, consoleErrors);
  await page.goto(hello.url);
  return {
    page,
    mode: 'browser',
    dataDir,
    exportsDir,
    consoleErrors,
    server: { origin: `http://127.0.0.1:${hello.port}`, token: hello.token },
    close: once(async () => {
      await browser.close();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }),
  };
}

/**
 * Specs use `launch` (from this `test`) rather than calling launchApp directly: whatever a spec
 * started is closed when it ends, even when an assertion failed half-way, and the data folders
 * the harness made are removed.
 */
export const test = base.extend<{ launch: (options?: LaunchOptions) => Promise<LaunchedApp> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  launch: async ({}, use) => {
    const started: LaunchedApp[] = [];
    const madeDirs = new Set<string>();
    await use(async (options) => {
      const app = await launchApp(options);
      started.push(app);
      if (!options?.dataDir) madeDirs.add(app.dataDir);
      return app;
    });
    for (const app of started) await app.close();
    for (const dir of madeDirs) fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
