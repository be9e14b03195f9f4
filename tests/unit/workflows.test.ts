import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const scripts = Object.keys(
  (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts,
);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on'?: string;
  needs?: string | string[];
  uses?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  strategy?: { matrix?: { os?: string[] } };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return parse(fs.readFileSync(path.join(root, '.github/workflows', name), 'utf8')) as Workflow;
}

function job(flow: Workflow, name: string): Job {
  const found = flow.jobs[name];
  if (!found) throw new Error(`no job ${name}`);
  return found;
}

/** Every shell line of a job's run: steps, in order. */
function commands(j: Job): string[] {
  return (j.steps ?? [])
    .flatMap((s) => (s.run ?? '').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * What a workflow may run: the project's own npm scripts and the setup around them. Anything
 * else belongs in an npm script, so that CI and a developer run the same thing.
 */
const allowed: [string, RegExp][] = [
  ['npm ci / npm test', /^(xvfb-run -a )?npm (ci|test)$/],
  ['npm run <script>', /^(xvfb-run -a )?npm run ([\w:-]+)$/],
  ['npm 11.19+ for allowScripts', /^npm install -g npm@11$/],
  ['the Electron download', /^node -e "require\('electron'\)"$/],
  ['apt packages', /^sudo (DEBIAN_FRONTEND=noninteractive )?apt-get (update|install) /],
  [
    'apt package list',
    /^(packages=\([\w .-]+\)|command -v chromium >\/dev\/null \|\| packages\+=\(chromium\))$/,
  ],
  [
    'Electron sandbox on Ubuntu 24.04',
    /^sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0$/,
  ],
  ['the GitHub release', /^gh release (view|create|upload) /],
];

function checkCommands(j: Job): void {
  for (const line of commands(j)) {
    const kind = allowed.find(([, pattern]) => pattern.test(line));
    expect(kind, `not an allowed workflow command: ${line}`).toBeDefined();
    const script = /npm run ([\w:-]+)$/.exec(line)?.[1];
    if (script) expect(scripts, `npm run ${script}`).toContain(script);
  }
}

const flows = { ci: workflow('ci.yml'), release: workflow('release.yml') };

describe('the CI workflow', () => {
  const test = job(flows.ci, 'test');

  it('runs on every push and pull request, and for the release workflow', () => {
    expect(Object.keys(flows.ci.on).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
    // Tags are left to the release workflow, which runs this one itself.
    expect(flows.ci.on.push).toEqual({ branches: ['**'] });
  });

  it('installs the system packages and runs npm test under a virtual display', () => {
    expect(test['runs-on']).toBe('ubuntu-latest');
    const lines = commands(test);
    const apt = lines.filter((l) => l.includes('packages')).join(' ');
    for (const name of ['poppler-utils', 'libreoffice-writer-nogui', 'fonts-dejavu-core', 'xvfb']) {
      expect(apt).toContain(name);
    }
    expect(apt).toContain('chromium');
    expect(lines.at(-1)).toBe('xvfb-run -a npm test');
  });

  it('fetches Electron after npm ci and before the tests, and insists on it', () => {
    const lines = commands(test);
    const fetch = lines.indexOf(`node -e "require('electron')"`);
    expect(fetch).toBeGreaterThan(lines.indexOf('npm ci'));
    expect(lines.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(fetch).toBeLessThan(lines.indexOf('xvfb-run -a npm test'));
    expect(test.env?.PARTNERLOOM_E2E_MODE).toBe('electron');
  });

  it('uses Node 24', () => {
    const setup = test.steps?.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(24);
  });

  it('runs only npm scripts and their setup', () => checkCommands(test));
});

describe('the release workflow', () => {
  const installers = job(flows.release, 'installers');
  const release = job(flows.release, 'release');

  it('runs on version tags', () => {
    expect(flows.release.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('runs the tests first', () => {
    expect(job(flows.release, 'test').uses).toBe('./.github/workflows/ci.yml');
    expect(installers.needs).toBe('test');
  });

  it('builds the installers on Linux, Windows and macOS with npm run dist', () => {
    expect(installers.strategy?.matrix?.os).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
    expect(commands(installers)).toEqual(['npm install -g npm@11', 'npm ci', 'npm run dist']);
    const setup = installers.steps?.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(24);
    const upload = installers.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    for (const ext of ['AppImage', 'deb', 'exe', 'dmg']) {
      expect(upload?.with?.path).toContain(`dist/*.${ext}`);
    }
  });

  it('attaches the installers to the release, the only job allowed to write', () => {
    expect(release.needs).toBe('installers');
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(flows.release.permissions).toEqual({ contents: 'read' });
    expect(commands(release).at(-1)).toMatch(/^gh release upload "\$TAG" installers\/\* /);
  });

  it('runs only npm scripts and their setup', () => {
    for (const j of Object.values(flows.release.jobs)) checkCommands(j);
  });
});

describe('every workflow', () => {
  it('pins each action to a major version', () => {
    const uses = Object.values(flows)
      .flatMap((flow) => Object.values(flow.jobs))
      .flatMap((j) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)])
      .filter((u) => u !== undefined);
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses)
      expect(u).toMatch(/^(\.\/\.github\/workflows\/[\w.-]+\.yml|[\w-]+\/[\w-]+@v\d+)$/);
  });
});
