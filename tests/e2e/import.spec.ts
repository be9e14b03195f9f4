import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './harness';

const nav = (page: Page, screen: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();

const spreadsheet = [
  'Organisation;Country;City;E-Mail;Type(s);Contact person',
  'Müller Mechatronik GmbH;Germany;Köln;j.mueller@mueller.example.de;Training, Mobility;Jana Müller',
  'Handwerkskammer Wien;Austria;Wien;;Training;',
  'Société Générale Formation;France;Paris;;Funding;Amélie Laurent',
].join('\r\n');

test('a spreadsheet is imported with a likely duplicate skipped, and data is exported', async ({
  launch,
}) => {
  test.setTimeout(120_000);
  const { page, exportsDir, dataDir, consoleErrors } = await launch();

  // A partner that the spreadsheet has too, under the same name in other letters.
  await page.getByRole('button', { name: /^(New partner|Add your first partner)$/ }).click();
  const form = page.getByRole('dialog', { name: 'New partner' });
  const nameInput = form.getByRole('textbox', { name: 'Name of the organisation', exact: true });
  await nameInput.fill('HANDWERKSKAMMER WIEN');
  await nameInput.press('Enter');
  await expect(page.getByText('Partner added to Scouting')).toBeVisible();
  await page.keyboard.press('Escape');

  await nav(page, 'Your data');
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Import partners' });
  await expect(wizard).toBeVisible();

  const file = path.join(dataDir, 'partners.csv');
  // Windows-1252 with semicolons, as Excel on Windows in much of Europe saves CSV.
  fs.writeFileSync(file, Buffer.from(spreadsheet, 'latin1'));
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);

  // Columns are matched from the headers and can be changed.
  await expect(wizard.getByText(/“partners\.csv”: 3 rows, Windows-1252/)).toBeVisible();
  const nameColumn = wizard.getByRole('combobox', { name: 'Imports “Organisation” as' });
  await expect(nameColumn).toHaveValue('name');
  await expect(wizard.getByRole('combobox', { name: 'Imports “E-Mail” as' })).toHaveValue(
    'contactEmail',
  );
  await expect(wizard.getByRole('row', { name: /Müller Mechatronik GmbH/ })).toBeVisible();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  await wizard.getByRole('button', { name: 'Review rows', exact: true }).click();
  // The new step takes the focus, so that reading starts at its top.
  await expect(wizard.getByRole('group', { name: 'Step 3 of 4: Review rows' })).toBeFocused();
  await expect(
    wizard.getByText('3 rows: 2 ready, 1 likely duplicate, 0 with problems.'),
  ).toBeVisible();
  const decision = wizard.getByRole('combobox', {
    name: 'What to do with line 3, “Handwerkskammer Wien”',
  });
  await expect(wizard.getByText('“HANDWERKSKAMMER WIEN”, already in Partnerloom')).toBeVisible();
  await decision.selectOption({ label: 'Import as a new partner' });
  await decision.selectOption({ label: 'Skip' });
  await expect(wizard.getByRole('row', { name: /Société Générale Formation/ })).toBeVisible();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText('Imported 2, merged 0, skipped 1.')).toBeVisible();
  await expect(
    wizard.getByRole('row', {
      name: /Handwerkskammer Wien.*Likely already there as “HANDWERKSKAMMER WIEN”/,
    }),
  ).toBeVisible();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  await wizard.getByRole('button', { name: 'Show the board' }).click();
  await expect(wizard).toHaveCount(0);
  const scouting = page.getByRole('region', { name: 'Scouting' });
  for (const partner of [
    'Müller Mechatronik GmbH',
    'Société Générale Formation',
    'HANDWERKSKAMMER WIEN',
  ]) {
    await expect(scouting.getByRole('button', { name: partner, exact: true })).toBeVisible();
  }
  await expect(
    scouting.getByRole('button', { name: 'Handwerkskammer Wien', exact: true }),
  ).toHaveCount(0);

  // --- Export: the files land in the exports folder with the partners in them. ---
  await nav(page, 'Your data');
  await page.getByRole('button', { name: 'Export partners (CSV)' }).click();
  await expect(page.getByText('3 partners exported')).toBeVisible();
  // The message can sit over the next button (and stays while the pointer is on it): dismissed,
  // as a person would.
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByText('3 partners exported')).toHaveCount(0);
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  await expect(page.getByText('Everything exported (3 partners)')).toBeVisible();

  const files = fs.readdirSync(exportsDir).sort();
  const csvName = files.find((f) => f.endsWith('.csv'));
  const jsonName = files.find((f) => f.endsWith('.json'));
  expect(csvName).toMatch(/^Partnerloom partners \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(path.join(exportsDir, csvName!), 'utf8');
  expect(csv.startsWith('\uFEFFName,Stakeholder group,Partnership types')).toBe(true);
  expect(csv).toContain('Müller Mechatronik GmbH,,Training; Mobility,,,Germany,,Köln');
  expect(csv).toContain('Jana Müller,,j.mueller@mueller.example.de');
  const json = JSON.parse(fs.readFileSync(path.join(exportsDir, jsonName!), 'utf8')) as {
    format: string;
    data: { partners: { name: string }[]; contacts: { name: string }[] };
  };
  expect(json.format).toBe('partnerloom-export');
  expect(json.data.partners.map((p) => p.name).sort()).toEqual([
    'HANDWERKSKAMMER WIEN',
    'Müller Mechatronik GmbH',
    'Société Générale Formation',
  ]);
  expect(json.data.contacts.map((c) => c.name).sort()).toEqual(['Amélie Laurent', 'Jana Müller']);
  expect(consoleErrors).toEqual([]);
});
