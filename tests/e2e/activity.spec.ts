import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Clock } from '../../src/main/backend/clock';
import type { PartnershipType, Phase, StakeholderGroup } from '../../src/shared/domain';
import { emptyPartnerInput } from '../../src/shared/partner';
import { seriousViolations } from './axe';
import { tableCell } from './tableCell';
import { expect, test } from './harness';
import { seedDataDir } from './seedDataDir';

interface Known {
  name: string;
  group: StakeholderGroup | null;
  types: PartnershipType[];
  /** The phases it moves through after Scouting, in order. */
  path: Phase[];
  archived?: boolean;
}

/**
 * Five partners whose funnel is easy to count by hand: two reach Collaboration setup (one of
 * them archived since), one goes back to Scouting.
 */
const known: Known[] = [
  {
    name: 'Werkstatt Nord GmbH',
    group: 'employer',
    types: ['training', 'hr_talent'],
    path: ['first_contact', 'proposal', 'collaboration_setup'],
  },
  {
    name: 'Hotel Alpenblick',
    group: 'employer',
    types: ['training'],
    path: ['first_contact', 'scouting'],
  },
  {
    name: 'Wirtschaftskammer Süd',
    group: 'social_partner',
    types: ['quality_certification'],
    path: ['first_contact'],
  },
  {
    name: 'Erasmus Hub Kraków',
    group: 'international_network',
    types: ['mobility'],
    path: ['first_contact', 'proposal', 'collaboration_setup', 'maintenance_growth'],
    archived: true,
  },
  { name: 'Stadtwerke Graz', group: null, types: [], path: [] },
];

/**
 * A data folder holding `partners`, written through the backend's own API. Its clock starts
 * 60 days before today and steps a day per move, so every move lies inside the last twelve
 * months whatever day the test runs.
 */
function dataDirWith(partners: Known[]): Promise<string> {
  let current = Date.now() - 60 * 86_400_000;
  const clock: Clock = { now: () => new Date(current) };
  return seedDataDir(
    'partnerloom-activity-',
    async (must) => {
      for (const p of partners) {
        const { partner } = await must('createPartner', {
          partner: {
            ...emptyPartnerInput,
            name: p.name,
            stakeholderGroup: p.group,
            types: p.types,
          },
          contact: null,
        });
        for (const toPhase of p.path) {
          current += 86_400_000;
          await must('movePartner', { id: partner.id, toPhase, afterId: null });
        }
        if (p.archived) await must('archivePartner', { id: partner.id });
      }
    },
    clock,
  );
}

const openActivity = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Activity', exact: true })
    .click();

const table = (page: Page, name: string) => page.getByRole('table', { name, exact: true });

/** The text of the cell of `t` in the row headed `row` and the column headed `column`. */
const cell = async (t: Locator, row: string, column: string): Promise<string> =>
  ((await (await tableCell(t, row, column)).textContent()) ?? '').trim();

test('the activity view counts the funnel, filters, exports CSV and the annual report', async ({
  launch,
}) => {
  test.setTimeout(90_000);
  const dataDir = await dataDirWith(known);
  try {
    const app = await launch({ dataDir });
    const { page } = app;
    await openActivity(page);
    await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
    await expect(page.getByText('All 5 partners, archived ones included')).toBeVisible();

    // Where partners are now: the archived one is left out.
    const phases = table(page, 'Partners per phase now');
    await expect.poll(() => cell(phases, 'Scouting', 'Active partners')).toBe('2');
    expect(await cell(phases, 'First contact', 'Active partners')).toBe('1');
    expect(await cell(phases, 'Proposal', 'Active partners')).toBe('0');
    expect(await cell(phases, 'Collaboration setup', 'Active partners')).toBe('1');
    expect(await cell(phases, 'Maintenance & growth', 'Active partners')).toBe('0');
    expect(await cell(phases, 'Total', 'Active partners')).toBe('4');
    await expect(page.getByText('1 archived partner is not counted here')).toBeVisible();

    // Moves: 3 + 2 + 1 + 4, all within the last twelve months.
    await expect(page.getByText('10 moves in all')).toBeVisible();
    const stays = table(page, 'Days per phase');
    expect(await cell(stays, 'Scouting', 'Completed stays')).toBe('4');
    // Wirtschaftskammer Süd is still in First contact: its stay is not complete.
    expect(await cell(stays, 'First contact', 'Completed stays')).toBe('3');
    expect(await cell(stays, 'First contact', 'Median days')).toBe('1');
    expect(await cell(stays, 'Maintenance & growth', 'Median days')).toBe('–');

    // Who reached collaboration, by group and by type.
    await expect(
      page.getByText('2 of 5 partners (40%) reached Collaboration setup or Maintenance & growth'),
    ).toBeVisible();
    const byGroup = table(page, 'Reached collaboration by stakeholder group');
    expect(await cell(byGroup, 'Employer or SME', 'Partners')).toBe('2');
    expect(await cell(byGroup, 'Employer or SME', 'Reached collaboration')).toBe('1');
    expect(await cell(byGroup, 'Employer or SME', 'Share (%)')).toBe('50%');
    expect(await cell(byGroup, 'EU or international network', 'Share (%)')).toBe('100%');
    expect(await cell(byGroup, 'Employment service', 'Share (%)')).toBe('–');
    expect(await cell(byGroup, 'No group recorded', 'Partners')).toBe('1');
    const byType = table(page, 'Reached collaboration by partnership type');
    expect(await cell(byType, 'Training', 'Partners')).toBe('2');
    expect(await cell(byType, 'Mobility', 'Reached collaboration')).toBe('1');

    // The chart's numbers on screen, as a table: the chart makes way for it.
    const section = page.getByRole('region', { name: 'Partners per phase now' });
    await expect(section.locator('.recharts-surface')).toHaveCount(1);
    await section.getByRole('switch', { name: 'Show as table' }).check();
    await expect(section.locator('.recharts-surface')).toHaveCount(0);
    await expect(phases).toBeVisible();

    expect(await seriousViolations(page)).toEqual([]);

    // Employers only.
    await page.getByRole('combobox', { name: 'Stakeholder group', exact: true }).click();
    await page.getByRole('option', { name: 'Employer or SME', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText('2 of 5 partners match the filters')).toBeVisible();
    await expect.poll(() => cell(phases, 'Scouting', 'Active partners')).toBe('1');
    expect(await cell(phases, 'Collaboration setup', 'Active partners')).toBe('1');
    await expect(page.getByText('5 moves in all')).toBeVisible();

    // The table, as filtered, as CSV.
    await page.getByRole('button', { name: 'Download CSV: Partners per phase now' }).click();
    await expect(page.getByText('Partners per phase now saved as CSV')).toBeVisible();
    const csvName = fs.readdirSync(app.exportsDir).find((f) => f.endsWith('.csv'));
    expect(csvName).toMatch(/^Partnerloom activity - Partners per phase now – [\d-]{10}\.csv$/);
    const lines = fs
      .readFileSync(path.join(app.exportsDir, csvName!), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      'Phase,Active partners',
      'Scouting,1',
      'First contact,0',
      'Proposal,0',
      'Collaboration setup,1',
      'Maintenance & growth,0',
      'Total,2',
    ]);

    // The annual report, as PDF.
    await page.getByRole('button', { name: 'Annual report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annual activity report' });
    const thisYear = String(new Date().getFullYear());
    await expect(dialog.getByRole('combobox', { name: 'Year', exact: true })).toHaveValue(thisYear);
    await expect(dialog.getByRole('checkbox', { name: 'PDF' })).toBeChecked();
    // Contrast is measured once the dialog has faded in, not half-way.
    await expect(dialog).toHaveCSS('opacity', '1');
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Save report' }).click();
    await expect(dialog.getByText(`The activity report ${thisYear} was saved.`)).toBeVisible();
    const pdf = fs.readdirSync(app.exportsDir).find((f) => f.endsWith('.pdf'));
    expect(pdf).toMatch(new RegExp(`^Partnership activity report ${thisYear} – [\\d-]{10}\\.pdf$`));
    await expect(dialog.getByText(path.join(app.exportsDir, pdf!))).toBeVisible();
    const report = execFileSync(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', path.join(app.exportsDir, pdf!), '-'],
      { encoding: 'utf8' },
    ).replace(/\s+/g, ' ');
    expect(report).toContain(`Partnership activity report ${thisYear}`);
    expect(report).toContain('Werkstatt Nord GmbH Collaboration setup Employer or SME');
    expect(report).toContain('Training + HR & talent');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    expect(app.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the activity view explains itself before there are partners', async ({ launch }) => {
  const { page, consoleErrors } = await launch();
  await openActivity(page);
  await expect(page.getByRole('heading', { name: 'No partners yet' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Go to the board' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Board' }),
  ).toHaveAttribute('aria-current', 'page');
  expect(consoleErrors).toEqual([]);
});
