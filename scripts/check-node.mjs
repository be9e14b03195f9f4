// Refuses an unsupported Node.js with one clear sentence instead of a native-module crash.
// The minimum is package.json's engines.node. Written in plain old syntax so that even an old
// Node can run it to say so.
import fs from 'node:fs';

var pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
var required = /(\d+)\.(\d+)/.exec(pkg.engines.node).slice(1, 3).map(Number);
var parts = process.versions.node.split('.').map(Number);
var okVersion = parts[0] > required[0] || (parts[0] === required[0] && parts[1] >= required[1]);
if (!okVersion) {
  console.error(
    'Partnerloom needs Node.js ' +
      required.join('.') +
      ' or newer, but this is Node.js ' +
      process.versions.node +
      '.\n' +
      'Run the project through npm (npm start, npm test): after `npm install` its scripts use the ' +
      'Node.js 24 that the project brings along. Or install Node.js ' +
      required.join('.') +
      '+ yourself.',
  );
  process.exit(1);
}
