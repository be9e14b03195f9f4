// `npm run dev`: the desktop app with hot reload. It needs the Electron runtime; where that
// cannot be had, say so instead of failing deep inside electron-vite.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { ensureElectronPath } from './electron-binary.cjs';

if (!ensureElectronPath()) {
  console.error(
    'npm run dev needs the Electron runtime, which cannot be downloaded on this machine.\n' +
      'Use `npm start -- --browser` to run the app in your browser instead.',
  );
  process.exit(1);
}
const child = spawn('electron-vite', ['dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('exit', (code) => process.exit(code ?? 0));
