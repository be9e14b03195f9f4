import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './harness';

const partner = 'Šiauliai Chamber of Commerce';

const nav = (page: Page, screen: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();

/** The card's name button on the board. */
const card = (page: Page) =>
  page.getByRole('main').getByRole('button', { name: partner, exact: true });

/** The text of a .docx: its main part, without the XML tags. */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

async function addPartner(page: Page) {
  await page.getByRole('button', { name: /^(New partner|Add your first partner)$/ }).click();
  const form = page.getByRole('dialog', { name: 'New partner' });
  await form.getByRole('textbox', { name: 'Name of the organisation', exact: true }).fill(partner);
  await form.getByRole('checkbox', { name: 'Training', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Mobility', exact: true }).check();
  await form.getByRole('textbox', { name: 'City', exact: true }).fill('Šiauliai');
  await form.getByRole('textbox', { name: 'Street address', exact: true }).fill('Vilniaus g. 88');
  await form.getByRole('textbox', { name: 'Contact name', exact: true }).fill('Jūratė Žemaitienė');
  await form.getByRole('textbox', { name: 'Role', exact: true }).fill('Head of Training');
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(form).toHaveCount(0);
}

async function fillInstitution(page: Page) {
  await nav(page, 'Institution profile');
  const fields = {
    'Legal name': 'Centrum Kształcenia Zawodowego Łódź',
    'Street address': 'ul. Żeromskiego 115',
    City: 'Łódź',
    Country: 'Poland',
    "Representative's name": 'Agnieszka Wójcik',
    "Representative's position": 'Director',
    Email: 'office@ckz-lodz.example.pl',
  };
  for (const [label, value] of Object.entries(fields)) {
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await nav(page, 'Board');
}

test('an MoU goes from a card to Word and PDF, into the history and onto the card', async ({
  launch,
}) => {
  test.setTimeout(120_000);
  const app = await launch();
  const { page } = app;
  await addPartner(page);

  // --- Without an institution profile, what is missing is flagged before anything is saved. ---
  const drawer = page.getByRole('dialog', { name: partner, exact: true });
  await drawer.getByRole('button', { name: 'Create document…' }).click();
  const dialog = page.getByRole('dialog', { name: `Create a document for “${partner}”` });
  await expect(dialog.getByRole('combobox', { name: 'Document' })).toHaveValue(
    'Memorandum of Understanding',
  );
  const missing = dialog.getByRole('status').filter({ hasText: 'Missing before export' });
  await expect(missing).toContainText('The institution has no legal name yet');
  await expect(missing).toContainText('The institution has no representative yet');
  await expect(dialog.getByRole('button', { name: 'Open the institution profile' })).toBeVisible();
  // The preview is drawn beside the form from the same template.
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText(partner);
  await dialog.getByRole('button', { name: 'Save as Word and PDF' }).click();
  // Nothing is written; the first missing field takes the focus.
  await expect(dialog.getByRole('textbox', { name: 'Organisation' }).first()).toBeFocused();
  expect(fs.existsSync(app.exportsDir) ? fs.readdirSync(app.exportsDir) : []).toEqual([]);
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Open the institution profile' }).click();
  await expect(page.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  await fillInstitution(page);

  // --- From the card's menu, nothing to type: Word and PDF are saved. ---
  await page.getByRole('button', { name: `Move ${partner} to…` }).click();
  await page.getByRole('menuitem', { name: 'Create document…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reference number' })).toHaveValue(
    /^MOU-\d{4}-0001$/,
  );
  await expect(dialog.getByRole('status').filter({ hasText: 'Missing before export' })).toHaveCount(
    0,
  );
  // The scope comes from the partner's two types; it can be reordered and added to.
  const scope = (n: number) => dialog.getByRole('textbox', { name: `Scope item ${n}` });
  const second = await scope(2).inputValue();
  expect(second).not.toBe('');
  await dialog.getByRole('button', { name: 'Move scope item 2 up' }).click();
  await expect(scope(1)).toHaveValue(second);
  await expect(scope(1)).toBeFocused();
  await dialog.getByRole('button', { name: 'Add scope item' }).click();
  await expect(scope(3)).toBeFocused();
  await page.keyboard.type('An open day for apprentices in Šiauliai.');
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText(
    'An open day for apprentices in Šiauliai.',
  );
  await dialog.getByRole('button', { name: 'Save as Word and PDF' }).click();
  const saved = dialog.getByRole('status').filter({ hasText: 'Saved' });
  await expect(saved).toContainText('recorded as draft');

  const files = fs.readdirSync(app.exportsDir).sort();
  expect(files).toHaveLength(2);
  expect(files[0]).toMatch(/^MoU – Šiauliai Chamber of Commerce – \d{4}-\d{2}-\d{2}\.docx$/);
  expect(files[1]).toMatch(/\.pdf$/);
  for (const [file, text] of [
    [files[0]!, docxText(path.join(app.exportsDir, files[0]!))],
    [files[1]!, pdfText(path.join(app.exportsDir, files[1]!))],
  ] as const) {
    for (const expected of [
      partner,
      'Centrum Kształcenia Zawodowego Łódź',
      'Agnieszka Wójcik',
      'Jūratė Žemaitienė',
      'Vilniaus g. 88',
      'An open day for apprentices in Šiauliai.',
    ]) {
      expect(text, `${file}: ${expected}`).toContain(expected);
    }
    expect(text, file).toMatch(/MOU-\d{4}-0001/);
  }
  await expect(dialog.getByText(path.join(app.exportsDir, files[0]!))).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  // --- The card shows the agreement; the partner's history lists both files. ---
  const cardRow = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: partner, exact: true }) });
  await expect(cardRow).toContainText('MoU draft');
  await card(page).click();
  await drawer.getByRole('tab', { name: /Documents/ }).click();
  const history = drawer.getByRole('table');
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('Word');
  await expect(history).toContainText('PDF');
  await expect(history).toContainText(files[0]!);
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  // --- Marked as signed, with the day; the card follows. ---
  const agreement = drawer.getByRole('article', { name: /^MoU MOU-/ });
  // The segmented control's radios are drawn by their labels.
  await agreement.getByText('Signed', { exact: true }).click();
  await expect(agreement.getByRole('radio', { name: 'Signed' })).toBeChecked();
  await expect(agreement.getByRole('radio', { name: 'Expired' })).toBeDisabled();
  await expect(agreement.getByLabel('Signed on')).not.toHaveValue('');
  await agreement.getByRole('button', { name: 'Mark as signed' }).click();
  await expect(page.getByText(/MoU MOU-\d{4}-0001 saved/)).toBeVisible();
  await expect(cardRow).toContainText('MoU signed');

  // --- The signed copy is kept in the data folder. ---
  await agreement.locator('input[type="file"]').setInputFiles({
    name: 'MoU signed by both.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%signed\n%%EOF\n'),
  });
  await expect(page.getByText('The signed copy is kept with the agreement.')).toBeVisible();
  await expect(agreement).toContainText(path.join(app.dataDir, 'attachments'));
  const attachments = fs.readdirSync(path.join(app.dataDir, 'attachments'));
  expect(attachments).toHaveLength(1);
  expect(attachments[0]).toMatch(/^MOU-\d{4}-0001 signed – MoU signed by both\.pdf$/);
  expect(app.consoleErrors).toEqual([]);
});
