import { engines } from '../../../package.json';

/**
 * package.json's `engines.node` (">=22.14") is the one place the minimum is written:
 * better-sqlite3's Node-API binary needs it, and older Node crashes on it instead of failing.
 */
export const minimumNode = (/(\d+)\.(\d+)/.exec(engines.node) ?? []).slice(1, 3).map(Number) as [
  number,
  number,
];

export function unsupportedNodeMessage(version = process.versions.node): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = minimumNode;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Partnerloom needs Node.js ${minimumNode.join('.')} or newer, but this is Node.js ${version}. ` +
    'Start it with `npm start`, which uses the Node.js the project brings along.'
  );
}
