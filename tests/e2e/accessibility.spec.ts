import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness';

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

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  await app.close();
});
