// Refuses an unsupported Node.js with one clear sentence instead of a native-module crash.
// Written in plain old syntax so that even an old Node can run it to say so.
var required = [22, 14];
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
      'Node.js 24 that the project brings along. Or install Node.js 22.14+ yourself.',
  );
  process.exit(1);
}
