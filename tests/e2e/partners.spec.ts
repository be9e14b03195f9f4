import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { seriousViolations } from './axe';

const name = 'Mechatronik Nord GmbH';

/** A local calendar day `days` before today, as a date input takes it. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The card's name button on the board (the "Move … to…" button has a longer name). */
const card = (page: Page, partner: string) =>
  page.getByRole('main').getByRole('button', { name: partner, exact: true });

/** The board's "New partner" (or, while it is empty, "Add your first partner"). */
const newPartner = (page: Page) =>
  page.getByRole('button', { name: /^(New partner|Add your first partner)$/ }).click();

const nav = (page: Page, screen: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();

const drawerOf = (page: Page, partner: string) =>
  page.getByRole('dialog', { name: partner, exact: true });

async function chooseOption(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a partner is added, worked on, kept over a restart, archived, restored and deleted', async ({
  launch,
}) => {
  test.setTimeout(120_000);
  const first = await launch();
  const { page } = first;
  await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  const creates: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('createPartner')) creates.push(r.url());
  });

  // --- The form checks what is typed, beside each field, and keeps it. ---
  await newPartner(page);
  const form = page.getByRole('dialog', { name: 'New partner' });
  await expect(form).toBeVisible();
  const website = form.getByRole('textbox', { name: 'Website', exact: true });
  await website.fill('javascript:alert(1)');
  await form.getByRole('checkbox', { name: 'Training', exact: true }).check();
  await form.getByRole('button', { name: 'Add partner' }).click();
  const nameInput = form.getByRole('textbox', { name: 'Name of the organisation', exact: true });
  await expect(form.getByText('Enter the name of the organisation.')).toBeVisible();
  await expect(nameInput).toHaveAttribute('aria-invalid', 'true');
  // The first field with a message takes the focus (and scrolls into view).
  await expect(nameInput).toBeFocused();
  await expect(
    form.getByText('Enter a web address starting with https:// or http://', { exact: false }),
  ).toBeVisible();
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(website).toHaveValue('javascript:alert(1)');
  await expect(form.getByRole('checkbox', { name: 'Training', exact: true })).toBeChecked();
  expect(creates).toHaveLength(0);

  await nameInput.fill(name);
  await expect(form.getByText('Enter the name of the organisation.')).toHaveCount(0);
  await website.fill('www.mechatronik-nord.example.de');
  await website.blur();
  // A bare address is completed as soon as the field is left.
  await expect(website).toHaveValue('https://www.mechatronik-nord.example.de');
  await form.getByRole('checkbox', { name: 'HR & talent', exact: true }).check();
  await chooseOption(
    page,
    form.getByRole('combobox', { name: 'Stakeholder group' }),
    'Employer or SME',
  );
  await chooseOption(page, form.getByRole('combobox', { name: 'Where you found it' }), 'Job board');
  await form.getByRole('combobox', { name: 'Country', exact: true }).fill('Germany');
  await form.getByRole('textbox', { name: 'Contact name', exact: true }).fill('Jana Petersen');
  await form.getByRole('textbox', { name: 'Role', exact: true }).fill('Head of training');
  await form
    .getByRole('textbox', { name: 'Email', exact: true })
    .fill('j.petersen@mechatronik-nord.example.de');
  // Enter in a single-line field submits.
  await form.getByRole('textbox', { name: 'City', exact: true }).fill('Kiel');
  await form.getByRole('textbox', { name: 'City', exact: true }).press('Enter');
  await expect(page.getByText('Partner added to Scouting')).toBeVisible();
  await expect(form).toHaveCount(0);
  expect(creates).toHaveLength(1);

  // The new partner opens at once, and is on the board in Scouting.
  let drawer = drawerOf(page, name);
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Scouting' }).getByRole('button', { name, exact: true }),
  ).toBeVisible();

  // --- A second partner of the same name is allowed, with a warning. ---
  await newPartner(page);
  await expect(form).toBeVisible();
  await nameInput.fill(name.toUpperCase());
  await expect(form.getByText('A partner with this name exists on the board.')).toBeVisible();
  // Escape with something typed asks first; discarding closes without adding.
  await page.keyboard.press('Escape');
  await expect(form.getByText('Discard this partner? It has not been added yet.')).toBeVisible();
  await form.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toHaveCount(0);
  expect(creates).toHaveLength(1);

  // --- The detail view. ---
  await card(page, name).click();
  drawer = drawerOf(page, name);
  await expect(drawer.getByText('Scouting', { exact: true })).toBeVisible();
  await expect(drawer.getByText('Employer or SME')).toBeVisible();
  await expect(drawer.getByRole('listitem').filter({ hasText: 'HR & talent' })).toBeVisible();
  await expect(
    drawer.getByRole('link', { name: 'www.mechatronik-nord.example.de' }),
  ).toHaveAttribute('href', 'https://www.mechatronik-nord.example.de');

  // Checklist of the current phase.
  await expect(drawer.getByRole('heading', { name: 'Key actions: Scouting' })).toBeVisible();
  await expect(drawer.getByText('0 of 5 done')).toBeVisible();
  await drawer.getByRole('checkbox', { name: /fits our goals/ }).check();
  await drawer.getByRole('checkbox', { name: /Record the prospect/ }).check();
  await expect(drawer.getByText('2 of 5 done')).toBeVisible();

  // Logbook: a next step due in the past is overdue until it is done.
  await drawer.getByRole('tab', { name: /Logbook/ }).click();
  const logButton = drawer.getByRole('button', { name: 'Log an interaction' });
  await logButton.click();
  const logForm = drawer.getByRole('form', { name: 'Log an interaction' });
  await expect(logForm.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
  await logForm.getByRole('button', { name: 'Add to logbook' }).click();
  await expect(logForm.getByText('Write what happened, in a sentence or two.')).toBeVisible();
  // The kind is a segmented control: its radio inputs are hidden behind their labels.
  await logForm
    .locator('label')
    .filter({ hasText: /^Call$/ })
    .click();
  await expect(logForm.getByRole('radio', { name: 'Call' })).toBeChecked();
  await logForm.getByRole('textbox', { name: 'Date', exact: true }).fill(daysAgo(14));
  await chooseOption(
    page,
    logForm.getByRole('combobox', { name: 'With' }),
    'Jana Petersen (Head of training)',
  );
  await logForm
    .getByRole('textbox', { name: 'Summary', exact: true })
    .fill('Called Jana: they take four apprentices a year and want to co-design a PLC module.');
  await logForm.getByRole('textbox', { name: 'Next step', exact: true }).fill('Send our one-pager');
  await logForm.getByRole('textbox', { name: 'Due', exact: true }).fill(daysAgo(3));
  await logForm.getByRole('button', { name: 'Add to logbook' }).click();
  const entry = drawer.getByRole('listitem').filter({ hasText: 'Send our one-pager' });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('with Jana Petersen')).toBeVisible();
  await expect(entry.getByText('Overdue')).toBeVisible();
  // The form closes and the focus is back where it started.
  await expect(logForm).toHaveCount(0);
  await expect(logButton).toBeFocused();
  await entry.getByRole('button', { name: 'Mark done' }).click();
  await expect(entry.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(entry.getByText('Overdue')).toHaveCount(0);

  // Contacts: a second person becomes the primary one.
  await drawer.getByRole('tab', { name: /Contacts/ }).click();
  const jana = drawer.getByRole('listitem').filter({ hasText: 'Jana Petersen' });
  await expect(jana.getByText('Primary', { exact: true })).toBeVisible();
  await expect(
    jana.getByRole('link', { name: 'j.petersen@mechatronik-nord.example.de' }),
  ).toHaveAttribute('href', 'mailto:j.petersen@mechatronik-nord.example.de');
  await drawer.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = drawer.getByRole('form', { name: 'New contact' });
  await contactForm.getByRole('textbox', { name: 'Email', exact: true }).fill('lukas(at)example');
  await contactForm.getByRole('button', { name: 'Add contact' }).click();
  await expect(contactForm.getByText("Enter the contact's name.")).toBeVisible();
  await expect(
    contactForm.getByText('Enter an email address such as name@example.eu.'),
  ).toBeVisible();
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Lukas Brandt');
  await contactForm
    .getByRole('textbox', { name: 'Email', exact: true })
    .fill('l.brandt@mechatronik-nord.example.de');
  await contactForm.getByRole('textbox', { name: 'Role', exact: true }).fill('Managing director');
  await contactForm.getByRole('button', { name: 'Add contact' }).click();
  const lukas = drawer.getByRole('listitem').filter({ hasText: 'Lukas Brandt' });
  await expect(lukas).toBeVisible();
  await expect(lukas.getByText('Primary', { exact: true })).toHaveCount(0);
  await lukas.getByRole('button', { name: 'Make primary' }).click();
  await expect(lukas.getByText('Primary', { exact: true })).toBeVisible();
  await expect(jana.getByText('Primary', { exact: true })).toHaveCount(0);

  // Edit: the same form, filled in; its own name is no duplicate.
  await drawer.getByRole('button', { name: 'Edit', exact: true }).first().click();
  const editForm = page.getByRole('dialog', { name: `Edit “${name}”` });
  await expect(
    editForm.getByRole('textbox', { name: 'Name of the organisation', exact: true }),
  ).toHaveValue(name);
  await expect(editForm.getByRole('checkbox', { name: 'HR & talent', exact: true })).toBeChecked();
  await editForm
    .getByRole('textbox', { name: 'Sector', exact: true })
    .fill('Mechatronics and automation');
  await editForm
    .getByRole('textbox', { name: 'LinkedIn page', exact: true })
    .fill('ftp://example.de');
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    editForm.getByText('Enter a web address starting with https:// or http://', { exact: false }),
  ).toBeVisible();
  await editForm.getByRole('textbox', { name: 'LinkedIn page', exact: true }).fill('');
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(editForm).toHaveCount(0);
  await expect(page.getByText('A partner with this name exists')).toHaveCount(0);
  await drawer.getByRole('tab', { name: 'Overview' }).click();
  await expect(drawer.getByText('Mechatronics and automation')).toBeVisible();
  await expect(drawer).toBeVisible();

  // The drawer passes axe with its tabs and forms.
  await drawer.getByRole('tab', { name: /Logbook/ }).click();
  expect(await seriousViolations(page, 'section[role="dialog"]')).toEqual([]);
  expect(first.consoleErrors).toEqual([]);
  await first.close();

  // --- After a restart everything is still there. ---
  const second = await launch({ dataDir: first.dataDir });
  const again = second.page;
  // With partners the app opens on Today; the board is one click away.
  await nav(again, 'Board');
  await card(again, name).click();
  drawer = drawerOf(again, name);
  await expect(drawer.getByText('2 of 5 done')).toBeVisible();
  await expect(drawer.getByText('Mechatronics and automation')).toBeVisible();
  await drawer.getByRole('tab', { name: /Logbook/ }).click();
  await expect(
    drawer
      .getByRole('listitem')
      .filter({ hasText: 'Send our one-pager' })
      .getByRole('button', { name: 'Reopen' }),
  ).toBeVisible();
  await drawer.getByRole('tab', { name: /Contacts/ }).click();
  await expect(
    drawer
      .getByRole('listitem')
      .filter({ hasText: 'Lukas Brandt' })
      .getByText('Primary', { exact: true }),
  ).toBeVisible();
  await drawer.getByRole('tab', { name: 'History' }).click();
  await expect(drawer.getByText('Added in Scouting')).toBeVisible();

  // --- Archive, and take it back from the toast. ---
  await drawer.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(drawer).toHaveCount(0);
  await expect(again.getByText(`“${name}” archived`)).toBeVisible();
  await expect(card(again, name)).toHaveCount(0);
  await again.getByRole('button', { name: 'Undo' }).click();
  await expect(card(again, name)).toBeVisible();
  await expect(again.getByText('Back on the board in Scouting')).toBeVisible();

  // Archive again; Ctrl/Cmd+Z takes it back too.
  await card(again, name).click();
  await drawerOf(again, name).getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(card(again, name)).toHaveCount(0);
  await again.keyboard.press('ControlOrMeta+z');
  await expect(card(again, name)).toBeVisible();
  await expect(again.getByText(`Archiving of “${name}” undone`, { exact: false })).toBeVisible();

  // Archive again; restore from the Archive screen.
  await card(again, name).click();
  await drawerOf(again, name).getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(card(again, name)).toHaveCount(0);
  await nav(again, 'Archive');
  await expect(again.getByRole('heading', { name: 'Archive', exact: true })).toBeVisible();
  const row = again.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Employer or SME');
  await expect(row).toContainText('Scouting');
  expect(await seriousViolations(again, 'main')).toEqual([]);
  await row.getByRole('button', { name: /^Restore/ }).click();
  await expect(row).toHaveCount(0);
  await expect(again.getByText('The archive is empty')).toBeVisible();
  await nav(again, 'Board');
  await expect(card(again, name)).toBeVisible();

  // Archive once more and delete, after a confirmation: into Recently deleted for 30 days.
  await card(again, name).click();
  await drawerOf(again, name).getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(card(again, name)).toHaveCount(0);
  await nav(again, 'Archive');
  await row.getByRole('button', { name: /^Delete/ }).click();
  const confirm = again.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(confirm).toContainText('kept there for 30 days');
  // The safe choice is the default.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toHaveCount(0);
  await expect(again.getByText('The archive is empty')).toBeVisible();
  const deletedRow = again
    .getByRole('table', { name: '1 recently deleted partner' })
    .getByRole('row')
    .filter({ hasText: name });
  await expect(deletedRow).toContainText('30 days left');

  // Back to the archive from there, then deleted again and for good.
  await deletedRow.getByRole('button', { name: `Restore “${name}” to the archive` }).click();
  await expect(again.getByRole('table', { name: '1 archived partner' })).toContainText(name);
  await expect(again.getByText('Nothing has been deleted in the last 30 days.')).toBeVisible();
  await row.getByRole('button', { name: /^Delete/ }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await deletedRow.getByRole('button', { name: `Delete “${name}” now…` }).click();
  const purge = again.getByRole('dialog', { name: `Delete “${name}” for good?` });
  await expect(purge).toContainText('This cannot be undone');
  await expect(purge.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await purge.getByRole('button', { name: 'Delete for good' }).click();
  await expect(purge).toHaveCount(0);
  await expect(again.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await expect(again.getByText('The archive is empty')).toBeVisible();
  await expect(again.getByText('Nothing has been deleted in the last 30 days.')).toBeVisible();
  await nav(again, 'Board');
  await expect(again.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  await expect(card(again, name)).toHaveCount(0);
  expect(second.consoleErrors).toEqual([]);
  await second.close();
});

test('odd names and long notes are shown as plain text, and limits are explained', async ({
  launch,
}) => {
  const app = await launch();
  const { page } = app;
  const odd = '<b>x</b> 🚀 مرحبا';
  const notes = `${'Lange Notiz über die Zusammenarbeit. '.repeat(250)}\n<script>alert(1)</script>`;

  await newPartner(page);
  const form = page.getByRole('dialog', { name: 'New partner' });
  const nameInput = form.getByRole('textbox', { name: 'Name of the organisation', exact: true });
  await nameInput.fill('N'.repeat(501));
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(form.getByText('The name can be at most 500 characters long.')).toBeVisible();
  await nameInput.fill('N'.repeat(500));
  await expect(form.getByText('The name can be at most 500 characters long.')).toHaveCount(0);
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(drawerOf(page, 'N'.repeat(500))).toBeVisible();
  await page.keyboard.press('Escape');

  await newPartner(page);
  await nameInput.fill('Q');
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(drawerOf(page, 'Q')).toBeVisible();
  await page.keyboard.press('Escape');

  await newPartner(page);
  await nameInput.fill(odd);
  await form.getByRole('textbox', { name: 'Notes', exact: true }).fill(notes);
  await form.getByRole('button', { name: 'Add partner' }).click();
  const drawer = drawerOf(page, odd);
  await expect(drawer).toBeVisible();
  const title = drawer.getByRole('heading', { name: odd, exact: true });
  await expect(title).toHaveText(odd);
  await expect(title.locator('[dir="auto"]')).toHaveCount(1);
  await expect(drawer.locator('b, script')).toHaveCount(0);
  await expect(drawer.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page, odd)).toHaveText(odd);
  await expect(page.getByRole('main').locator('b')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
  await app.close();
});
