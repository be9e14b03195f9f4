// `npm start`: builds the app when its sources changed, then opens the desktop app, or, where
// no Electron binary can be had (an offline machine), serves the same app in browser mode.
// `npm start -- --browser` asks for browser mode on purpose; other arguments go to it.
import './check-node.mjs';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronPath } from './electron-binary.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wantsBrowser = args.includes('--browser');

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function buildIfStale() {
  const stamp = path.join(root, 'out', '.built');
  const inputs = [
    'src',
    'package.json',
    'package-lock.json',
    'electron.vite.config.mts',
    'tsconfig.base.json',
    'tsconfig.web.json',
    'tsconfig.node.json',
  ].map((p) => path.join(root, p));
  const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (builtAt > Math.max(...inputs.map(newestMtime))) return;
  console.log('Building Partnerloom…');
  const result = spawnSync('electron-vite', ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

buildIfStale();
const electron = wantsBrowser ? null : ensureElectronPath();
if (electron) {
  run(electron, ['.', ...args]);
} else {
  if (!wantsBrowser) {
    console.log(
      'Electron is not available on this machine (it could not be downloaded), so Partnerloom starts in browser mode.',
    );
  }
  run(process.execPath, [
    path.join(root, 'out', 'main', 'browser.js'),
    ...args.filter((a) => a !== '--browser'),
  ]);
}
