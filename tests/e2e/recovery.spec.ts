import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { seriousViolations } from './axe';

const nav = (page: Page, screen: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();

/** Noise over the middle of the file, as a failing disk leaves it. */
function damageMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const noise = Buffer.alloc(Math.floor(size / 2), 0x5a);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, noise, 0, noise.length, Math.floor(size / 4 / 4096) * 4096);
  } finally {
    fs.closeSync(fd);
  }
}

test('a damaged database is kept aside, explained, and the newest good backup restored', async ({
  launch,
}) => {
  test.setTimeout(90_000);
  const first = await launch();
  const name = 'Ærø Kommune';
  await first.page.getByRole('button', { name: /^(New partner|Add your first partner)$/ }).click();
  const form = first.page.getByRole('dialog', { name: 'New partner' });
  await form.getByRole('textbox', { name: 'Name of the organisation', exact: true }).fill(name);
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(first.page.getByRole('dialog', { name, exact: true })).toBeVisible();
  await first.page.keyboard.press('Escape');
  await nav(first.page, 'Your data');
  await first.page.getByRole('button', { name: 'Back up now' }).click();
  await expect(first.page.getByRole('alert').filter({ hasText: 'Backed up' })).toBeVisible();
  await first.close();

  const { dataDir } = first;
  const file = path.join(dataDir, 'partnerloom.sqlite');
  damageMiddle(file);
  const damagedBytes = fs.readFileSync(file);

  const second = await launch({ dataDir });
  const { page } = second;
  await expect(page.getByRole('heading', { name: 'Your data needs attention' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The database is damaged');
  const kept = fs
    .readdirSync(dataDir)
    .filter((f) => f.startsWith('partnerloom.damaged-') && f.endsWith('.sqlite'));
  expect(kept).toHaveLength(1);
  await expect(page.getByText(path.join(dataDir, kept[0]!))).toBeVisible();
  expect(fs.readFileSync(path.join(dataDir, kept[0]!)).equals(damagedBytes)).toBe(true);
  await expect(
    page.getByRole('button', { name: 'Start with an empty database (the damaged file is kept)' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Restore the newest good backup \(/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Restore the backup of .*\?$/ });
  await expect(confirm).toContainText('1 partner');
  // Focus moves in once the dialog has finished appearing.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Checked once fully shown: while it fades in, its colours blend with the page behind.
  await expect(confirm).toHaveCSS('opacity', '1');
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Data restored' })).toContainText(
    '1 partner',
  );
  await nav(page, 'Board');
  await expect(page.getByRole('main').getByRole('button', { name, exact: true })).toBeVisible();
  // The damaged file is still there, untouched.
  expect(fs.readFileSync(path.join(dataDir, kept[0]!)).equals(damagedBytes)).toBe(true);
  expect(second.consoleErrors).toEqual([]);
});

test('a data folder that cannot be used is explained in the window, not a blank page', async ({
  launch,
}) => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerloom-e2e-'));
  try {
    fs.writeFileSync(path.join(parent, 'not-a-folder'), 'x');
    const app = await launch({ dataDir: path.join(parent, 'not-a-folder', 'data') });
    const { page } = app;
    await expect(
      page.getByRole('heading', { name: 'Partnerloom cannot open your data' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('cannot be created or written to');
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  } finally {
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
