import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExportFolderPlatform, freeFileName } from '../../src/main/backend/exportFolder';
import { defaultDataDir } from '../../src/main/backend/paths';
import { unsupportedNodeMessage } from '../../src/main/backend/nodeVersion';
import { tempDir } from './helpers/backend';

describe('the exports folder', () => {
  it('never overwrites: a second file of the same name gets a number', async () => {
    const dir = path.join(tempDir(), 'exports');
    const platform = createExportFolderPlatform('browser', dir);
    const first = await platform.saveFile('MoU – Łódź Chamber.pdf', new Uint8Array([1]));
    const second = await platform.saveFile('MoU – Łódź Chamber.pdf', new Uint8Array([2]));
    expect(path.basename(first!)).toBe('MoU – Łódź Chamber.pdf');
    expect(path.basename(second!)).toBe('MoU – Łódź Chamber (2).pdf');
    expect([...fs.readFileSync(first!)]).toEqual([1]);
    expect([...fs.readFileSync(second!)]).toEqual([2]);
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['a/b\\c:d*e?.docx', '_'],
    ['CON', '_'],
    ['', 'document'],
  ])('keeps the name %j inside the folder', (name, fragment) => {
    const dir = tempDir();
    const free = freeFileName(dir, name);
    expect(free).not.toMatch(/[/\\]/);
    expect(free).toContain(fragment);
  });
});

describe('the data folder', () => {
  it('follows PARTNERLOOM_DATA_DIR when set', () => {
    expect(defaultDataDir({ PARTNERLOOM_DATA_DIR: '/srv/pl' }, 'linux')).toBe('/srv/pl');
  });
  it('is the OS user-data folder otherwise', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe(
      '/home/a/.config/Partnerloom',
    );
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain(
      'Partnerloom',
    );
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Partnerloom$/);
  });
});

describe('the Node.js version check', () => {
  it.each(['22.14.0', '22.20.1', '24.0.0', '26.1.0'])('accepts %s', (v) => {
    expect(unsupportedNodeMessage(v)).toBeNull();
  });
  it.each(['20.20.2', '22.13.9', '18.0.0'])('explains why %s is refused', (v) => {
    expect(unsupportedNodeMessage(v)).toMatch(
      new RegExp(`needs Node.js 22.14 or newer, but this is Node.js ${v.replaceAll('.', '\\.')}`),
    );
  });
});
