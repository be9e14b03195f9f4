import { expect, test } from './harness';

const profile = {
  'Legal name': 'Centrum Kształcenia Zawodowego Łódź',
  'Street address': 'ul. Żeromskiego 115',
  City: 'Łódź',
  Country: 'Poland',
  "Representative's name": 'Agnieszka Wójcik',
  "Representative's position": 'Dyrektorka',
  Phone: '+48 42 123 45 67',
  'Who we are': 'A public VET centre with 1,200 learners in mechatronics, IT and hospitality.',
  'What we offer': 'Certified programmes, modern workshops and apprenticeships with 80 employers.',
  'What we look for': 'Employers who co-design courses, and partners abroad for Erasmus+ mobility.',
  'Why partner with us': 'Twelve years of EU projects; flexible short courses; <b>not bold</b> 🚀',
};

test('the institution profile is checked, saved and still there after a restart', async ({
  launch,
}) => {
  const first = await launch();
  const { page } = first;
  await page.getByRole('button', { name: 'Institution profile', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  await expect(page.getByText('Welcome to Partnerloom')).toBeVisible();

  for (const [label, value] of Object.entries(profile)) {
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  await page.getByRole('textbox', { name: 'Website', exact: true }).fill('www.ckz-lodz.example.pl');

  // A bad email is flagged beside the field and blocks the save; nothing typed is lost.
  const email = page.getByRole('textbox', { name: 'Email', exact: true });
  await email.fill('sekretariat(at)ckz');
  await email.blur();
  await expect(page.getByText('Enter an email address such as office@example.eu.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  const saveCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('saveInstitution')) saveCalls.push(request.url());
  });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Legal name', exact: true })).toHaveValue(
    profile['Legal name'],
  );

  await email.fill('sekretariat@ckz-lodz.example.pl');
  await expect(page.getByText('Enter an email address such as office@example.eu.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  // Only this second attempt reached the app: the first was stopped in the form.
  expect(saveCalls).toHaveLength(1);
  // The bare web address was completed, and the form shows what was stored.
  await expect(page.getByRole('textbox', { name: 'Website', exact: true })).toHaveValue(
    'https://www.ckz-lodz.example.pl',
  );
  await expect(page.getByText('You have unsaved changes.')).toHaveCount(0);
  expect(first.consoleErrors).toEqual([]);
  await first.close();

  const second = await launch({ dataDir: first.dataDir });
  const again = second.page;
  await again.getByRole('button', { name: 'Institution profile', exact: true }).click();
  await expect(again.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  for (const [label, value] of Object.entries(profile)) {
    await expect(again.getByRole('textbox', { name: label, exact: true })).toHaveValue(value);
  }
  await expect(again.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(
    'sekretariat@ckz-lodz.example.pl',
  );
  await expect(again.getByRole('textbox', { name: 'Website', exact: true })).toHaveValue(
    'https://www.ckz-lodz.example.pl',
  );
  await expect(again.getByText('Welcome to Partnerloom')).toHaveCount(0);
  expect(second.consoleErrors).toEqual([]);
  await second.close();
});

test('a required name is asked for, and discarding restores the saved values', async ({
  launch,
}) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'Institution profile', exact: true }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter the legal name of your institution.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Legal name', exact: true })).toBeFocused();

  await page.getByRole('textbox', { name: 'Legal name', exact: true }).fill('Berufsschule Graz');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();

  await page.getByRole('textbox', { name: 'City', exact: true }).fill('Wien');
  await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  if (app.mode === 'browser') {
    // Closing the tab with unsaved edits asks first; staying keeps them.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(page.getByRole('textbox', { name: 'City', exact: true })).toHaveValue('Wien');
  }
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('textbox', { name: 'City', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Legal name', exact: true })).toHaveValue(
    'Berufsschule Graz',
  );
  expect(app.consoleErrors).toEqual([]);
  await app.close();
});
