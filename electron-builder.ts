import type { Configuration } from 'electron-builder';

/**
 * How `npm run dist` packages Partnerloom (electron-builder finds this file by its name).
 * Each runner builds the installers of its own operating system; see .github/workflows/release.yml.
 */

/**
 * Electron fuses, flipped in the packaged binary before it is signed. They close doors a
 * partnership coordinator's laptop never needs open: running the app as plain Node.js, Node
 * options and debugger flags from the environment, loading code from anywhere but the
 * (integrity-checked) app.asar, and file:// privileges (the pages come from app://).
 */
export const electronFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies NonNullable<Configuration['electronFuses']>;

/** Without a signing certificate (CSC_LINK / CSC_NAME), macOS gets an ad-hoc signature. */
const hasMacCertificate = Boolean(process.env.CSC_LINK || process.env.CSC_NAME);

const config: Configuration = {
  appId: 'eu.partnerloom.app',
  productName: 'Partnerloom',
  copyright: 'Copyright © 2026 the Partnerloom authors',
  directories: { output: 'dist' },
  // electron-builder would otherwise publish to GitHub by itself when it sees a tag in CI;
  // the release workflow attaches the installers instead.
  publish: null,
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',

  // What goes into app.asar: the built app and its runtime dependencies (package.json
  // `dependencies`; electron-builder adds them and leaves devDependencies out). Sources,
  // tests, docs and configuration stay behind. Only here, never in linux/win/mac `files`:
  // electron-builder would take those as a separate set and pack the whole project.
  files: [
    'out/**/*',
    // Browser mode and the development seed run under plain Node.js, never from an install.
    '!out/main/{browser,seed}.js',
    'package.json',
    // Fonts embedded in PDFs and anything else the app reads at run time. The icons are only
    // for the installers, which take them from here at build time.
    'resources/**/*',
    '!resources/icon.svg',
    '!resources/icons{,/**/*}',
    // better-sqlite3's C sources stay behind, and of the Node-API binaries it ships for every
    // system only the one being packaged goes in. ${platform} is the system electron-builder
    // runs on: each system builds its own installers (cross-building would need the binary of
    // the target system here instead).
    '!node_modules/better-sqlite3/{deps,src,binding.gyp}{,/**/*}',
    '!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}).node',
    // Type declarations some libraries list as dependencies (docx lists @types/node) are never
    // loaded at run time.
    '!node_modules/@types{,/**/*}',
  ],
  // Native code cannot be loaded from inside an archive. The fonts are unpacked as well, so
  // that whatever reads them finds plain files.
  asarUnpack: ['**/*.node', 'resources/fonts/**/*'],
  // better-sqlite3 is a Node-API module with prebuilt binaries: nothing to compile for Electron.
  npmRebuild: false,
  electronFuses,

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Office',
    icon: 'resources/icons',
    executableName: 'partnerloom',
    synopsis: 'Partnership coordination for VET providers',
    maintainer: 'The Partnerloom authors',
    // The .desktop file is named after package.json's desktopName, which Electron also uses
    // as the window's app id, so the desktop links the running window to its launcher.
    syncDesktopName: true,
    desktop: {
      entry: {
        GenericName: 'Partnership coordination',
        Keywords: 'partners;partnership;VET;vocational;MoU;kanban;',
      },
    },
  },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icons/icon.ico',
    executableName: 'Partnerloom',
  },
  nsis: {
    // One click, no questions and no administrator rights: coordinators often work on
    // school computers they cannot install software on for everyone. Installs into
    // %LOCALAPPDATA%\Programs\Partnerloom and starts the app.
    oneClick: true,
    perMachine: false,
    packElevateHelper: false,
    runAfterFinish: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Partnerloom',
    // The partner database is the coordinator's work: uninstalling never deletes it.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
  },

  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.productivity',
    icon: 'resources/icons/icon.icns',
    // Flipping the fuses changes the binary, and Apple silicon runs only signed code: without a
    // certificate the app is signed ad hoc (it then opens after a confirmation in System
    // Settings → Privacy & Security). Hardened runtime needs a real identity.
    ...(hasMacCertificate ? {} : { identity: '-', hardenedRuntime: false }),
  },
  dmg: { artifactName: '${productName}-${version}-mac-${arch}.${ext}' },
};

export default config;
