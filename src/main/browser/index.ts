import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { version } from '../../../package.json';
import { createBackend } from '../backend';
import { clockFromEnvironment } from '../backend/clock';
import { AppError } from '../backend/errors';
import { defaultDataDir } from '../backend/paths';
import { unsupportedNodeMessage } from '../backend/nodeVersion';
import { createExportFolderPlatform } from '../backend/exportFolder';
import { fontsDirFor } from '../backend/documents/fontsDir';
import { createBrowserApp } from './server';

/**
 * Browser mode: `node out/main/browser.js [--data-dir DIR] [--exports-dir DIR] [--port N] [--json]`.
 * Serves the app on 127.0.0.1 and prints the address to open (with the session key after #).
 */
function defaultExportsDir(dataDir: string): string {
  const documents = path.join(os.homedir(), 'Documents');
  return fs.existsSync(documents)
    ? path.join(documents, 'Partnerloom')
    : path.join(dataDir, 'exports');
}

const usage = 'Usage: npm start -- --browser [--port N] [--data-dir DIR] [--exports-dir DIR]';

function main(): void {
  const tooOld = unsupportedNodeMessage();
  if (tooOld) {
    console.error(tooOld);
    process.exit(1);
  }
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        'exports-dir': { type: 'string' },
        port: { type: 'string', default: '0' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new AppError('invalid_input', `${(error as Error).message}\n${usage}`);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const exportsDir = path.resolve(values['exports-dir'] ?? defaultExportsDir(dataDir));
  const requestedPort = Number(values.port);
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new AppError(
      'invalid_input',
      `--port must be a number from 0 to 65535, not "${values.port}".`,
    );
  }

  const backend = createBackend({
    dataDir,
    version,
    // PARTNERLOOM_NOW starts the app on another day (trying things out, end-to-end tests).
    clock: clockFromEnvironment(process.env.PARTNERLOOM_NOW),
    platform: createExportFolderPlatform('browser', exportsDir),
    // out/main/browser.js → the project's resources folder.
    fontsDir: fontsDirFor(path.join(__dirname, '../../resources')),
    checkInBackground: true,
  });
  // The window explains it too; the terminal is where a browser-mode user looks first.
  void backend.ready.then(() => {
    const startup = backend.startupState();
    if (startup.state === 'unavailable') console.error(startup.message);
    if (startup.state === 'damaged') {
      console.error(
        `The database was damaged (${startup.problem}). It has been kept as ${startup.damagedFile}; ` +
          'open the address below to restore a backup or start again.',
      );
    }
  });
  const token = crypto.randomBytes(32).toString('base64url');
  let port = 0;
  const app = createBrowserApp({
    backend,
    rendererDir: path.join(__dirname, '../renderer'),
    token,
    port: () => port,
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: requestedPort }, (info) => {
    port = info.port;
    const url = `http://127.0.0.1:${port}/#token=${token}`;
    if (values.json) {
      console.log(JSON.stringify({ url, port, token, dataDir, exportsDir }));
    } else {
      console.log(
        `Partnerloom is running in browser mode. Open this address in your browser:\n\n  ${url}\n`,
      );
      console.log(`Data folder:    ${dataDir}\nDocuments go to: ${exportsDir}\nStop with Ctrl+C.`);
    }
  });
  server.on('error', (error: Error) => {
    console.error(`Partnerloom could not listen on 127.0.0.1:${requestedPort}: ${error.message}`);
    backend.close();
    process.exit(1);
  });

  const shutdown = () => {
    server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

try {
  main();
} catch (error) {
  // A sentence for the person at the terminal; no stack trace.
  console.error(
    error instanceof AppError
      ? error.message
      : `Partnerloom could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
