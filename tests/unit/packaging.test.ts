import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { electronFuses } from '../../electron-builder';
import { productName as dataFolderName } from '../../src/main/backend/paths';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
  main: string;
  desktopName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** [target name, architectures] of one platform's configuration. */
function targetsOf(platform: 'linux' | 'win' | 'mac'): [string, string[]][] {
  const targets = config[platform]?.target;
  if (!Array.isArray(targets)) throw new Error(`${platform}.target should be a list`);
  return targets.map((t) => {
    if (typeof t === 'string') return [t, []];
    const arch = t.arch === undefined ? [] : Array.isArray(t.arch) ? t.arch : [t.arch];
    return [t.target, arch];
  });
}

describe('the installers', () => {
  it('are AppImage and .deb on Linux, NSIS on Windows and .dmg for both Mac processors', () => {
    expect(targetsOf('linux')).toEqual([
      ['AppImage', ['x64']],
      ['deb', ['x64']],
    ]);
    expect(targetsOf('win')).toEqual([['nsis', ['x64']]]);
    expect(targetsOf('mac')).toEqual([['dmg', ['x64', 'arm64']]]);
  });

  it('name the app Partnerloom, so its data folder is the one the app and README name', () => {
    expect(config.appId).toBe('eu.partnerloom.app');
    expect(config.productName).toBe('Partnerloom');
    expect(pkg.productName).toBe('Partnerloom');
    // src/main/index.ts puts userData in <appData>/<this name>.
    expect(dataFolderName).toBe(config.productName);
  });

  it('take the version from package.json', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(config.extraMetadata).toBeUndefined();
    expect(config.buildVersion).toBeUndefined();
  });

  it('install on Windows for the current user only, with no administrator rights', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: true });
    // Uninstalling must never take the coordinator's partner database with it.
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('file the app under Office / Productivity, with a desktop entry that matches its window', () => {
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.linux?.syncDesktopName).toBe(true);
    expect(pkg.desktopName).toBe(`${config.linux?.executableName}.desktop`);
    expect(config.copyright).toMatch(/^Copyright © \d{4} /);
  });

  it('are never published by electron-builder itself', () => {
    expect(config.publish).toBeNull();
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the icons', () => {
  const iconDir = path.join(root, 'resources/icons');

  it('are made from resources/icon.svg as it is now (npm run icons)', () => {
    const source = fs.readFileSync(path.join(root, 'resources/icon.svg'));
    const hash = crypto.createHash('sha256').update(source).digest('hex');
    expect(fs.readFileSync(path.join(iconDir, 'source.sha256'), 'utf8')).toBe(
      `${hash}  resources/icon.svg\n`,
    );
  });

  it('exist for Linux at every size from 16 to 1024 px', () => {
    expect(config.linux?.icon).toBe('resources/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = path.join(root, config.linux?.icon ?? '', `${size}x${size}.png`);
      expect(pngSize(fs.readFileSync(file)), file).toEqual([size, size]);
    }
  });

  it('exist for Windows as one .ico from 16 to 256 px', () => {
    const ico = fs.readFileSync(path.join(root, config.win?.icon ?? ''));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const width = ico[6 + i * 16] || 256; // 0 stands for 256
      const height = ico[7 + i * 16] || 256;
      const bytes = ico.readUInt32LE(6 + i * 16 + 8);
      expect(width).toBe(height);
      expect(bytes).toBeGreaterThan(0);
      return width;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('exist for macOS as one .icns with PNGs from 16 to 1024 px', () => {
    const icns = fs.readFileSync(path.join(root, config.mac?.icon ?? ''));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries = new Map<string, [number, number]>();
    for (let at = 8; at < icns.length;) {
      const length = icns.readUInt32BE(at + 4);
      entries.set(icns.toString('latin1', at, at + 4), pngSize(icns.subarray(at + 8, at + length)));
      at += length;
    }
    // Apple's PNG-based types and the edge each must have (the @2x ones are Retina versions).
    const expected = { icp4: 16, icp5: 32, ic11: 32, ic12: 64, ic07: 128 };
    const large = { ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 };
    for (const [type, size] of Object.entries({ ...expected, ...large })) {
      expect(entries.get(type), type).toEqual([size, size]);
    }
  });
});

describe('the Electron fuses', () => {
  it('are the hardened set, applied by electron-builder before signing', () => {
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.electronFuses).toBe(electronFuses);
    // The asar the fuses insist on.
    expect(config.asar).not.toBe(false);
  });

  it('leave macOS signed (ad hoc without a certificate), as Apple silicon requires', () => {
    if (process.env.CSC_LINK || process.env.CSC_NAME) {
      expect(config.mac?.identity).toBeUndefined();
    } else {
      expect(config.mac).toMatchObject({ identity: '-', hardenedRuntime: false });
    }
  });
});

describe('the packaged files, as configured', () => {
  const files = (config.files ?? []) as string[];

  it('are the built app, package.json and resources/', () => {
    expect(files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', 'resources/**/*']));
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('never name sources, tests or tooling to include', () => {
    const included = files.filter((f) => !f.startsWith('!'));
    for (const pattern of included) {
      expect(pattern).toMatch(/^(out\/|package\.json$|resources\/)/);
    }
  });

  it('keep native modules and the fonts out of the asar archive', () => {
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/*.node', 'resources/fonts/**/*']),
    );
    // Node-API binaries: nothing to rebuild for Electron.
    expect(config.npmRebuild).toBe(false);
  });

  it('are listed only at the top level (platform `files` would pack the whole project)', () => {
    for (const platform of ['linux', 'win', 'mac'] as const) {
      expect(config[platform]?.files, platform).toBeUndefined();
    }
  });
});

/** Package names a source file imports at run time (type-only imports are erased). */
function runtimeImports(source: string): string[] {
  const names: string[] = [];
  const statements =
    /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(statements)) {
    const [, typeOnly, fromStatement, fromCall] = match;
    const specifier = fromStatement ?? fromCall;
    if (typeOnly || !specifier || specifier.startsWith('.')) continue;
    const parts = specifier.split('/');
    names.push((specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/'));
  }
  return names;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

describe('the runtime dependencies', () => {
  it('are exactly the packages the main process imports', () => {
    const builtins = new Set(builtinModules);
    // The main process bundles src/shared along with src/main.
    const imported = new Set(
      ['src/main', 'src/shared']
        .flatMap((dir) => sourceFiles(path.join(root, dir)))
        .flatMap((file) => runtimeImports(fs.readFileSync(file, 'utf8')))
        .filter((name) => name !== 'electron' && !name.startsWith('node:') && !builtins.has(name)),
    );
    // electron-vite leaves `dependencies` out of the main bundle and electron-builder packs
    // them, so what the main process imports must be there — and nothing the renderer only
    // needs (it is bundled into out/renderer) should be.
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(Object.keys(pkg.devDependencies).filter((name) => name in pkg.dependencies)).toEqual([]);
  });

  it('include better-sqlite3 with a prebuilt binary for this system', () => {
    const npm = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
      cwd: root,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(npm.status, npm.stderr).toBe(0);
    const dirs = npm.stdout.trim().split(/\r?\n/);
    const sqlite = dirs.find((dir) => path.basename(dir) === 'better-sqlite3');
    expect(sqlite).toBeDefined();
    expect(dirs.some((dir) => path.basename(dir) === 'electron')).toBe(false);
    expect(
      fs.existsSync(path.join(sqlite!, 'prebuilds', `${process.platform}-${process.arch}.node`)),
    ).toBe(true);
  });
});

/**
 * Packs a stand-in project (this package.json and node_modules, placeholder build output, a
 * font, sources and tests that must stay behind) with electron-builder's own file selection,
 * into an unpacked app with a placeholder Electron: no Electron binary is downloaded.
 */
describe('the packaged files, as electron-builder packs them', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerloom-pack-'));
  const project = path.join(work, 'project');
  let archive = '';

  beforeAll(async () => {
    const place = (file: string): void => {
      fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      fs.writeFileSync(path.join(project, file), `placeholder for ${file}\n`);
    };
    fs.mkdirSync(project);
    for (const file of ['package.json', 'package-lock.json']) {
      fs.copyFileSync(path.join(root, file), path.join(project, file));
    }
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'junction');
    [
      'out/main/index.js',
      'out/main/browser.js',
      'out/main/seed.js',
      'out/main/chunks/backend-abc.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'resources/fonts/Placeholder-Regular.ttf',
      'resources/icon.svg',
      'resources/icons/16x16.png',
      'src/main/index.ts',
      'tests/unit/example.test.ts',
      'scripts/start.mjs',
      'README.md',
      'electron.vite.config.mts',
    ].forEach(place);
    const electronDist = path.join(work, 'electron');
    fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
    fs.writeFileSync(path.join(electronDist, 'electron'), '');
    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir'),
      config: {
        ...config,
        electronDist,
        // A placeholder binary has no fuses to flip.
        electronFuses: null,
        directories: { output: path.join(work, 'dist') },
      },
    });
    archive = path.join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar');
  }, 120_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('hold the built app and package.json', () => {
    const listed = listPackage(archive, { isPack: false });
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/chunks/backend-abc.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/out/renderer/assets/index-abc.js',
    ]) {
      expect(listed).toContain(file);
    }
  });

  it('leave out sources, tests, tooling, the plain-Node entries and the icon sources', () => {
    const listed = listPackage(archive, { isPack: false });
    const outside = listed.filter((f) => !/^\/(out|node_modules|resources)(\/|$)/.test(f));
    expect(outside).toEqual(['/package.json']);
    expect(listed).not.toContain('/out/main/browser.js');
    expect(listed).not.toContain('/out/main/seed.js');
    expect(listed.filter((f) => f.startsWith('/resources/icon'))).toEqual([]);
  });

  it('hold the production dependencies and no development ones', () => {
    const listed = listPackage(archive, { isPack: false });
    const packages = new Set(
      listed
        .map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1])
        .filter((name) => name !== undefined),
    );
    for (const name of Object.keys(pkg.dependencies)) expect(packages).toContain(name);
    for (const name of Object.keys(pkg.devDependencies)) expect(packages).not.toContain(name);
    // better-sqlite3 without its C sources.
    expect(listed.filter((f) => /better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
  });

  it('unpack better-sqlite3 with only the binary for the system it is built on', () => {
    const listed = listPackage(archive, { isPack: false });
    const binaries = listed.filter((f) => f.endsWith('.node'));
    const own = `/node_modules/better-sqlite3/prebuilds/${process.platform}-${process.arch}.node`;
    expect(binaries).toEqual([own]);
    expect(statFile(archive, own.slice(1))).toMatchObject({ unpacked: true });
    expect(fs.existsSync(`${archive}.unpacked${own}`)).toBe(true);
  });

  it('unpack the fonts', () => {
    const font = 'resources/fonts/Placeholder-Regular.ttf';
    expect(statFile(archive, font)).toMatchObject({ unpacked: true });
    expect(fs.existsSync(path.join(`${archive}.unpacked`, font))).toBe(true);
  });
});
