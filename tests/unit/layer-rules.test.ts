import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** Lints a snippet as if it lived at `file`, with only the layer rule switched on. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  // One rule id per distinct complaint; a path may match more than one forbidden pattern.
  return [...new Set((result?.messages ?? []).map((m) => m.ruleId ?? m.message))];
}

// The first lint loads the whole ESLint configuration (typescript-eslint, plugins), which takes
// longer than vitest's default 5 s on a busy machine.
describe('the lint rules keep the layers apart', { timeout: 30_000 }, () => {
  it.each([
    ['src/shared/x.ts', "import { app } from 'electron';"],
    ['src/shared/x.ts', "import fs from 'node:fs';"],
    ['src/shared/x.ts', "import crypto from 'crypto';"],
    ['src/renderer/src/x.ts', "import fs from 'fs';"],
    ['src/renderer/src/x.ts', "import path from 'node:path';"],
    ['src/preload/x.ts', "import { readFileSync } from 'fs';"],
    ['src/shared/x.ts', "import { useState } from 'react';"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/renderer/src/x.ts', "import { openStore } from '../../main/backend/db/store';"],
    ['src/renderer/src/x.ts', "import Database from 'better-sqlite3';"],
    ['src/main/backend/x.ts', "import { dialog } from 'electron';"],
    ['src/main/backend/x.ts', "import { registerIpc } from '../electron/ipc';"],
    ['src/main/browser/x.ts', "import { app } from 'electron';"],
    ['src/preload/x.ts', "import { openStore } from '../main/backend/db/store';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};`)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['src/main/electron/x.ts', "import { app } from 'electron';"],
    ['src/main/index.ts', "import { app } from 'electron';"],
    ['src/renderer/src/x.ts', "import { contract } from '../../shared/api';"],
    ['src/main/backend/x.ts', "import Database from 'better-sqlite3';"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['src/renderer/src/x.ts', "import { events } from './features/events';"],
    ['src/main/backend/x.ts', "import fs from 'node:fs';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};`)).toEqual([]);
  });
});
