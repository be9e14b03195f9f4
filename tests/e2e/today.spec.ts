import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Backend } from '../../src/main/backend';
import { createPartnerRepositories } from '../../src/main/backend/repositories/partnerRepositories';
import { emptyPartnerInput } from '../../src/shared/partner';
import { seriousViolations } from './axe';
import { expect, test } from './harness';
import { type Must, seedDataDir } from './seedDataDir';

const dayMs = 24 * 60 * 60 * 1000;
/** "Now" for the app: 10:00 in Lisbon on Monday 15 June 2026. */
const now = new Date('2026-06-15T09:00:00.000Z');
const timeZone = 'Europe/Lisbon';
const daysBefore = (days: number) => new Date(now.getTime() - days * dayMs);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A data folder written through the backend at earlier moments: a partner with an overdue
 * and a due follow-up, one whose MoU ends in 30 days, one in Scouting for 20 days, and one in
 * Maintenance & growth without contact for 100 days.
 */
async function preparedDataDir(): Promise<string> {
  let at = now;
  const fill = async (must: Must, backend: Backend) => {
    const partner = async (name: string, when: Date) => {
      at = when;
      const detail = await must('createPartner', {
        partner: { ...emptyPartnerInput, name, stakeholderGroup: 'employer', types: ['training'] },
        contact: null,
      });
      return detail.partner.id;
    };
    const autohaus = await partner('Autohaus Łódź', daysBefore(10));
    for (const [nextStep, due] of [
      ['Send the draft MoU', daysBefore(4)],
      ['Call about the workshop', now],
    ] as const) {
      await must('saveInteraction', {
        partnerId: autohaus,
        id: null,
        interaction: {
          occurredOn: isoDay(daysBefore(10)),
          kind: 'meeting',
          summary: 'First meeting at the workshop.',
          nextStep,
          dueOn: isoDay(due),
          contactId: null,
        },
      });
    }

    const porto = await partner('Câmara de Comércio do Porto', daysBefore(5));
    const repos = createPartnerRepositories(backend.db);
    const stamp = daysBefore(5).toISOString();
    const validUntil = isoDay(new Date(now.getTime() + 30 * dayMs));
    const agreementId = repos.agreements.insert({
      partnerId: porto,
      kind: 'mou',
      reference: 'MOU-2026-001',
      validFrom: null,
      validUntil,
      draftInput: '{}',
      now: stamp,
    });
    repos.agreements.setStatus(porto, agreementId, {
      status: 'signed',
      sentAt: stamp,
      signedOn: isoDay(daysBefore(5)),
      validFrom: null,
      validUntil,
      now: stamp,
    });

    await partner('Stadtwerke Linz', daysBefore(20));

    const alumni = await partner('Alumni Porto', daysBefore(100));
    await must('movePartner', { id: alumni, toPhase: 'maintenance_growth', afterId: null });
  };
  return seedDataDir('partnerloom-today-', fill, { now: () => at });
}

const item = (page: Page, section: string, name: string) =>
  page.getByRole('region', { name: section }).getByRole('listitem', { name, exact: true });

test('Today lists what is due, and follows what is done about it', async ({ launch }) => {
  const dataDir = await preparedDataDir();
  try {
    const app = await launch({ dataDir, now: now.toISOString(), timeZone });
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await expect(page.getByText('2 overdue, 1 due today, 1 agreement to look at')).toBeVisible();
    await expect(page).toHaveTitle('Partnerloom — 2 overdue');

    const overdue = item(page, 'Follow-ups', 'Autohaus Łódź').filter({
      hasText: 'Send the draft MoU',
    });
    await expect(overdue).toContainText('Overdue by 4 days — Send the draft MoU');
    const dueToday = item(page, 'Follow-ups', 'Autohaus Łódź').filter({
      hasText: 'Call about the workshop',
    });
    await expect(dueToday).toContainText('Due today — Call about the workshop');
    await expect(item(page, 'Agreements', 'Câmara de Comércio do Porto')).toContainText(
      'MoU expires in 30 days',
    );
    await expect(item(page, 'Check-ins', 'Alumni Porto')).toContainText(
      'Check-in overdue by 10 days',
    );
    // 20 days in Scouting is within its 30-day limit.
    await expect(page.getByRole('region', { name: 'Stalled partnerships' })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Done: the follow-up leaves the list.
    await overdue.getByRole('button', { name: 'Done' }).click();
    await expect(overdue).toHaveCount(0);
    await expect(page.getByText('1 overdue, 1 due today, 1 agreement to look at')).toBeVisible();

    // Snoozed until tomorrow: gone for today.
    await dueToday.getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('menuitem', { name: 'Tomorrow' }).click();
    await expect(page.getByRole('region', { name: 'Follow-ups' })).toHaveCount(0);

    // Logging an interaction satisfies the check-in.
    await item(page, 'Check-ins', 'Alumni Porto')
      .getByRole('button', { name: 'Log interaction' })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Alumni Porto' });
    const form = drawer.getByRole('form', { name: 'Log an interaction' });
    await expect(form.getByRole('textbox', { name: 'Summary' })).toHaveValue('Check-in: ');
    await form.getByRole('textbox', { name: 'Summary' }).fill('Check-in: call with the director');
    await form.getByRole('button', { name: 'Add to logbook' }).click();
    await expect(drawer.getByText('Check-in: call with the director')).toBeVisible();
    await drawer.getByRole('button', { name: 'Close the partner view' }).click();
    await expect(page.getByRole('region', { name: 'Check-ins' })).toHaveCount(0);
    await expect(page).toHaveTitle('Partnerloom');

    // Each item opens its partner.
    await item(page, 'Agreements', 'Câmara de Comércio do Porto')
      .getByRole('button', { name: 'Câmara de Comércio do Porto' })
      .click();
    await expect(page.getByRole('dialog', { name: 'Câmara de Comércio do Porto' })).toBeVisible();
    await page.keyboard.press('Escape');

    // The board is one shortcut away.
    await page.keyboard.press('Control+1');
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
    await app.close();

    // Eleven days later, Stadtwerke Linz has been in Scouting longer than its 30 days.
    const later = new Date(now.getTime() + 11 * dayMs).toISOString();
    const again = await launch({ dataDir, now: later, timeZone });
    await expect(item(again.page, 'Stalled partnerships', 'Stadtwerke Linz')).toContainText(
      'In Scouting for 31 days (limit 30)',
    );
    await expect(again.page.getByRole('region', { name: 'Follow-ups' })).toContainText(
      'Call about the workshop',
    );
    await expect(item(again.page, 'Agreements', 'Câmara de Comércio do Porto')).toContainText(
      'MoU expires in 19 days',
    );
    expect(again.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('Settings change the phase limits, explain bad input, and reset to defaults', async ({
  launch,
}) => {
  const dataDir = await preparedDataDir();
  try {
    const app = await launch({ dataDir, now: now.toISOString(), timeZone });
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

    const scouting = page.getByRole('textbox', { name: 'Scouting' });
    await scouting.fill('0');
    await scouting.blur();
    await expect(page.getByText('Enter at least 1 day.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await scouting.fill('14');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved')).toBeVisible();

    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect(item(page, 'Stalled partnerships', 'Stadtwerke Linz')).toContainText(
      'In Scouting for 20 days (limit 14)',
    );

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(scouting).toHaveValue('14 days');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(scouting).toHaveValue('30 days');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('All changes saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect(page.getByText('2 overdue, 1 due today, 1 agreement to look at')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Stalled partnerships' })).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('with nothing due, Today says so and what will appear', async ({ launch }) => {
  const dataDir = await seedDataDir(
    'partnerloom-today-',
    async (must) => {
      await must('createPartner', {
        partner: { ...emptyPartnerInput, name: 'Kammer Graz', types: ['mobility'] },
        contact: null,
      });
    },
    { now: () => now },
  );
  try {
    const app = await launch({ dataDir, now: now.toISOString(), timeZone });
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Nothing needs you today' })).toBeVisible();
    await expect(page).toHaveTitle('Partnerloom');
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a long list shows its first 25 items, and "Show all" opens that list only', async ({
  launch,
}) => {
  // 30 partners in Scouting for 40 days (stalled), each with a follow-up overdue since yesterday.
  const dataDir = await seedDataDir(
    'partnerloom-today-',
    async (must) => {
      for (let k = 1; k <= 30; k++) {
        const { partner } = await must('createPartner', {
          partner: {
            ...emptyPartnerInput,
            name: `Werkstatt ${String(k).padStart(2, '0')}`,
            types: ['training'],
          },
          contact: null,
        });
        await must('saveInteraction', {
          partnerId: partner.id,
          id: null,
          interaction: {
            occurredOn: isoDay(daysBefore(40)),
            kind: 'call',
            summary: 'First call.',
            nextStep: 'Send the course list',
            dueOn: isoDay(daysBefore(1)),
            contactId: null,
          },
        });
      }
    },
    { now: () => daysBefore(40) },
  );
  try {
    const app = await launch({ dataDir, now: now.toISOString(), timeZone });
    const { page } = app;
    const stalled = page.getByRole('region', { name: 'Stalled partnerships' });
    const followUps = page.getByRole('region', { name: 'Follow-ups' });
    await expect(stalled.getByRole('listitem')).toHaveCount(25);
    await expect(followUps.getByRole('listitem')).toHaveCount(25);
    await expect(page.getByText('30 overdue, 30 stalled partnerships')).toBeVisible();
    await stalled.getByRole('button', { name: 'Show all 30' }).click();
    await expect(stalled.getByRole('listitem')).toHaveCount(30);
    await expect(stalled.getByRole('button', { name: /Show all/ })).toHaveCount(0);
    await expect(followUps.getByRole('listitem')).toHaveCount(25);
    await expect(followUps.getByRole('button', { name: 'Show all 30' })).toBeVisible();
    // Done on one follow-up: the list stays in part, and the count follows.
    await item(page, 'Follow-ups', 'Werkstatt 01').getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText('29 overdue, 30 stalled partnerships')).toBeVisible();
    await expect(followUps.getByRole('listitem')).toHaveCount(25);
    await expect(followUps.getByRole('button', { name: 'Show all 29' })).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
