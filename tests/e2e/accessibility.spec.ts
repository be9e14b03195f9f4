import { expect, test } from './harness';
import { seriousViolations } from './axe';

test('the institution profile screen has no serious or critical accessibility violations', async ({
  launch,
}) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'Institution profile', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  // Include a field error, which must also be announced properly.
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not an email');
  await page.getByRole('textbox', { name: 'Email', exact: true }).blur();
  await expect(page.getByText('Enter an email address such as office@example.eu.')).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  await app.close();
});
