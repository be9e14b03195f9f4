import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { seriousViolations } from './axe';

const nav = (page: Page, screen: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();

const backupsTable = (page: Page) => page.getByRole('table', { name: /backups?, newest first/ });

test('back up now, add a partner, restore the backup: the partner is gone and the restore was backed up', async ({
  launch,
}) => {
  test.setTimeout(90_000);
  const app = await launch();
  const { page } = app;
  await nav(page, 'Your data');
  await expect(page.getByRole('heading', { name: 'Your data', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Backed up' })).toBeVisible();
  const rows = backupsTable(page).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Backed up by you');
  expect(await seriousViolations(page)).toEqual([]);

  // A partner added after the backup.
  const name = 'Kammer Graz Lehrwerkstatt';
  await nav(page, 'Board');
  await page.getByRole('button', { name: /^(New partner|Add your first partner)$/ }).click();
  const form = page.getByRole('dialog', { name: 'New partner' });
  await form.getByRole('textbox', { name: 'Name of the organisation', exact: true }).fill(name);
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('dialog', { name, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  const card = page.getByRole('main').getByRole('button', { name, exact: true });
  await expect(card).toBeVisible();

  await nav(page, 'Your data');
  await backupsTable(page)
    .getByRole('button', { name: /^Restore the backup of / })
    .click();
  const confirm = page.getByRole('dialog', { name: /^Restore the backup of .*\?$/ });
  await expect(confirm).toContainText('What you have now is backed up first');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Contrast is measured once the dialog has faded in, not half-way.
  await expect(confirm).toHaveCSS('opacity', '1');
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

  // The window reloads on the restored data and says what happened.
  const notice = page.getByRole('alert').filter({ hasText: 'Data restored' });
  await expect(notice).toContainText('0 partners');
  await expect(notice).toContainText('What you had before is kept as the backup of');
  await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  await expect(card).toHaveCount(0);

  await nav(page, 'Your data');
  await expect(rows).toHaveCount(3);
  const safety = rows.filter({ hasText: 'Before a restore' });
  await expect(safety).toHaveCount(1);
  await expect(safety.getByRole('cell').nth(1)).toHaveText('1');
  expect(await seriousViolations(page)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('a chosen file that is not a Partnerloom database is refused with a message', async ({
  launch,
}) => {
  const app = await launch();
  const { page } = app;
  await nav(page, 'Your data');
  const file = path.join(app.dataDir, 'partners.sqlite');
  fs.writeFileSync(file, 'Name;City\nKammer;Graz\n');
  // The button opens the system's file chooser; its input takes the file directly.
  await page.locator('input[type="file"][accept*=".sqlite"]').setInputFiles(file);
  const confirm = page.getByRole('dialog', { name: 'Restore “partners.sqlite”?' });
  await expect(confirm).toContainText('What you have now is backed up first');
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(confirm.getByRole('alert')).toContainText(
    '“partners.sqlite” is not a Partnerloom database, so it was not restored. Your data is unchanged.',
  );
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
