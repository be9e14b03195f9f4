import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
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
  phase: Phase;
  country: string;
}

/** Six partners whose overlap is easy to count by hand. */
const known: Known[] = [
  {
    name: 'Werkstatt Nord GmbH',
    group: 'employer',
    types: ['training', 'funding', 'hr_talent'],
    phase: 'collaboration_setup',
    country: 'Germany',
  },
  {
    name: 'Hotel Alpenblick',
    group: 'employer',
    types: ['training', 'hr_talent'],
    phase: 'maintenance_growth',
    country: 'Austria',
  },
  {
    name: 'Wirtschaftskammer Süd',
    group: 'social_partner',
    types: ['training', 'quality_certification'],
    phase: 'scouting',
    country: 'Austria',
  },
  {
    name: 'Autohaus Łódź',
    group: 'employer',
    types: ['training'],
    phase: 'proposal',
    country: 'Poland',
  },
  {
    name: 'Erasmus Hub Kraków',
    group: 'international_network',
    types: ['mobility'],
    phase: 'first_contact',
    country: 'Poland',
  },
  {
    name: 'Stadtwerke Graz',
    group: 'public_civil_society',
    types: [],
    phase: 'scouting',
    country: 'Austria',
  },
];

/**
 * A data folder holding `partners`, written through the backend's own API (the same
 * validation and repositories as the app) before the app starts.
 */
function dataDirWith(partners: Known[]): Promise<string> {
  return seedDataDir('partnerloom-overlap-', async (must) => {
    for (const p of partners) {
      const created = await must('createPartner', {
        partner: {
          ...emptyPartnerInput,
          name: p.name,
          stakeholderGroup: p.group,
          types: p.types,
          country: p.country,
        },
        contact: null,
      });
      if (p.phase !== 'scouting') {
        await must('movePartner', { id: created.partner.id, toPhase: p.phase, afterId: null });
      }
    }
  });
}

const openOverlap = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Overlap', exact: true })
    .click();

const typeTable = (page: Page) => page.getByRole('table', { name: /^Partnership types against/ });
const groupTable = (page: Page) => page.getByRole('table', { name: /^Stakeholder groups against/ });

const cell = tableCell;

const count = async (table: Locator, row: string, column: string) =>
  Number((await (await cell(table, row, column)).textContent())?.trim());

test('the overlap view counts, drills down to partners, filters by phase and exports CSV', async ({
  launch,
}) => {
  test.setTimeout(90_000);
  const dataDir = await dataDirWith(known);
  try {
    const app = await launch({ dataDir });
    const { page } = app;
    await openOverlap(page);
    await expect(page.getByRole('heading', { name: 'Types that go together' })).toBeVisible();

    // The counts, read from the tables by their row and column headers.
    const types = typeTable(page);
    await expect.poll(() => count(types, 'Training', 'Training')).toBe(4);
    expect(await count(types, 'Training', 'HR & talent')).toBe(2);
    expect(await count(types, 'HR & talent', 'Training')).toBe(2);
    expect(await count(types, 'Training', 'Funding')).toBe(1);
    expect(await count(types, 'Training', 'Mobility')).toBe(0);
    expect(await count(types, 'Mobility', 'Mobility')).toBe(1);
    const groups = groupTable(page);
    expect(await count(groups, 'Employer or SME', 'Partners')).toBe(3);
    expect(await count(groups, 'Employer or SME', 'HR & talent')).toBe(2);
    expect(await count(groups, 'Employment service', 'Training')).toBe(0);
    await expect(page.getByText('No employment service in any partnership')).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^3\s*partners play several roles$/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^1\s*partner has no type yet$/ })).toBeVisible();
    await expect(
      page.getByRole('button', {
        name: 'Training + Funding + HR & talent — 1 partner',
        exact: true,
      }),
    ).toBeVisible();

    // Drill down into a cell (with the keyboard): its partners are listed…
    // (arrow keys move between counts, over empty cells).
    await (await cell(types, 'Training', 'Funding')).getByRole('button').focus();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('button', { name: 'Training and HR & talent: 2 partners with both' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    const list = page.getByRole('region', { name: 'Training + HR & talent: 2 partners' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('row')).toHaveCount(3);
    await expect(list.getByRole('button', { name: 'Werkstatt Nord GmbH' })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Hotel Alpenblick' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // …one opens in its detail view…
    await list.getByRole('button', { name: 'Hotel Alpenblick' }).click();
    const drawer = page.getByRole('dialog', { name: 'Hotel Alpenblick' });
    await expect(drawer).toBeVisible();
    await drawer.getByRole('button', { name: 'Close the partner view' }).click();
    await expect(drawer).toBeHidden();

    // …and the board shows exactly them, under a filter named after where they came from.
    await list.getByRole('button', { name: 'Show on the board' }).click();
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
    await expect(page.getByText('From the overlap view: Training + HR & talent')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: '4 partners hidden by search and filters' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(
      main.getByRole('button', { name: 'Werkstatt Nord GmbH', exact: true }),
    ).toBeVisible();
    await expect(main.getByRole('button', { name: 'Autohaus Łódź', exact: true })).toHaveCount(0);
    await page
      .getByRole('button', {
        name: 'Remove the filter “From the overlap view: Training + HR & talent”',
      })
      .click();
    await expect(main.getByRole('button', { name: 'Autohaus Łódź', exact: true })).toBeVisible();

    // Only the live partnerships: the counts change at once.
    await openOverlap(page);
    await page.getByRole('button', { name: 'Live partnerships' }).click();
    await expect(page.getByText('2 of 6 active partners match the filters')).toBeVisible();
    await expect.poll(() => count(types, 'Training', 'Training')).toBe(2);
    expect(await count(types, 'Training', 'HR & talent')).toBe(2);
    expect(await count(groups, 'Employer or SME', 'Partners')).toBe(2);
    await expect(page.getByText('No employment service among the partners shown')).toBeVisible();

    // The type matrix, as filtered, as a CSV file.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Types that go together' }).click();
    await expect(page.getByText('Types that go together saved')).toBeVisible();
    const files = fs.readdirSync(app.exportsDir);
    expect(files).toEqual(['Partnerloom overlap - Types that go together.csv']);
    const bytes = fs.readFileSync(path.join(app.exportsDir, files[0]!));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Partnership type,Training,Mobility,Innovation,Funding,/);
    expect(lines[1]).toBe('Training,2,0,0,1,0,2,0,0,0,0,0');
    expect(lines[6]).toBe('HR & talent,2,0,0,1,0,2,0,0,0,0,0');

    // The whole view, as filtered, as a one-page PDF report.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Report as PDF' }).click();
    await expect(page.getByText('Overlap report (PDF) saved')).toBeVisible();
    const pdf = fs.readdirSync(app.exportsDir).find((f) => f.endsWith('.pdf'));
    expect(pdf).toMatch(/^Partnership overlap – \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfFile = path.join(app.exportsDir, pdf!);
    expect(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const report = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(report).toContain('Partnership overlap');
    expect(report).toContain('Phases: Collaboration setup, Maintenance &');
    expect(report).toContain('2 partners: 2 with several');
    expect(report).toMatch(/Training 2 1 2 /);
    expect(report).toMatch(/Employer or SME 2 2 1 2 /);
    expect(report).toContain('Stakeholder groups with no partner:');

    expect(await seriousViolations(page)).toEqual([]);

    // A partner archived from the list's detail view leaves the counts at once.
    await (await cell(types, 'Training', 'HR & talent')).getByRole('button').click();
    await page.getByRole('button', { name: 'Hotel Alpenblick', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Hotel Alpenblick' })
      .getByRole('button', { name: 'Archive' })
      .click();
    await expect(
      page.getByRole('region', { name: 'Training + HR & talent: 1 partner' }),
    ).toBeVisible();
    expect(await count(types, 'Training', 'HR & talent')).toBe(1);
    expect(app.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a partner shows ideas from its peers, and a dismissed idea stays dismissed', async ({
  launch,
}) => {
  const dataDir = await dataDirWith(known);
  try {
    const app = await launch({ dataDir });
    const { page } = app;
    // With partners the app opens on Today; the board is one click away.
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await page
      .getByRole('main')
      .getByRole('button', { name: 'Autohaus Łódź', exact: true })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Autohaus Łódź' });
    const ideas = drawer.getByRole('region', { name: 'Ideas for growing this partnership' });
    const idea = ideas.getByText(
      '2 of 2 other employers or SMEs also partner with you on HR & talent',
    );
    await expect(idea).toBeVisible();
    await expect(ideas.getByText(/at least half \(and at least two\)/)).toBeVisible();
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await ideas.getByRole('button', { name: 'Dismiss the idea HR & talent' }).click();
    await expect(idea).toHaveCount(0);
    await expect(
      ideas.getByRole('button', { name: 'Bring back the dismissed idea' }),
    ).toBeVisible();
    await app.close();

    const again = await launch({ dataDir });
    await again.page.getByRole('button', { name: 'Board', exact: true }).click();
    await again.page
      .getByRole('main')
      .getByRole('button', { name: 'Autohaus Łódź', exact: true })
      .click();
    const ideas2 = again.page
      .getByRole('dialog', { name: 'Autohaus Łódź' })
      .getByRole('region', { name: 'Ideas for growing this partnership' });
    await expect(ideas2.getByText('No other ideas for now.')).toBeVisible();
    await ideas2.getByRole('button', { name: 'Bring back the dismissed idea' }).click();
    await expect(ideas2.getByText(/2 of 2 other employers or SMEs/)).toBeVisible();
    expect(again.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('without partners, or with one type only, the view says what it will show and how to get there', async ({
  launch,
}) => {
  const app = await launch();
  const { page } = app;
  await openOverlap(page);
  await expect(page.getByRole('heading', { name: 'No partners to compare yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a partner' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Go to the board' }).click();
  await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  await app.close();

  const dataDir = await dataDirWith(
    known.filter((p) => p.types.length === 1 && p.types[0] === 'training'),
  );
  try {
    const one = await launch({ dataDir });
    await openOverlap(one.page);
    await expect(
      one.page.getByRole('heading', {
        name: 'So far every typed partner works with you on Training only',
      }),
    ).toBeVisible();
    await expect(one.page.getByRole('table')).toHaveCount(0);
    expect(one.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
