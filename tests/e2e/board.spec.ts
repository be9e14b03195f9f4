import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { type Channel, httpChannelPath, tokenHeader } from '../../src/shared/api';
import { type BoardWire, decodeBoard } from '../../src/shared/boardWire';
import { expect, harnessMode, type LaunchedApp, test } from './harness';
import { seriousViolations } from './axe';

const root = path.resolve(__dirname, '../..');
const phaseNames = [
  'Scouting',
  'First contact',
  'Proposal',
  'Collaboration setup',
  'Maintenance & growth',
] as const;
type PhaseName = (typeof phaseNames)[number];

/**
 * A data folder with `count` made-up partners (the development seed, built with the app),
 * generated as if `daysAgo` days ago: their next steps, due up to four weeks after that day,
 * are then overdue today.
 */
function seededDataDir(count: number, daysAgo = 0): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerloom-board-'));
  const now = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  execFileSync(process.execPath, [
    path.join(root, 'out/main/seed.js'),
    '--data-dir',
    dir,
    '--count',
    String(count),
    '--now',
    now,
  ]);
  return dir;
}

/** With partners the app opens on Today; the board is one click away. */
async function openBoard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Board', exact: true }).click();
}

const column = (page: Page, phase: PhaseName) =>
  page.getByRole('region', { name: phase, exact: true });

/** A card's main button, whose accessible name is the partner's name. */
const cardButton = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

/** The draggable row of a column that holds this partner's card (names need not be unique). */
const cardRow = (scope: Locator, name: string) =>
  scope.getByRole('listitem').filter({ has: cardButton(scope.page(), name) });

/**
 * Drags with the mouse as a person does: press, move a little, wait until the board has picked
 * the card up (pragmatic-drag-and-drop starts a native drag a frame after dragstart), then move
 * over the target in steps and release.
 */
async function drag(
  page: Page,
  source: Locator,
  target: Locator,
  targetPosition?: { x: number; y: number },
): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + 20, { steps: 3 });
  await expect(source.locator('[data-dragging]')).toHaveCount(1);
  await target.scrollIntoViewIfNeeded();
  const to = (await target.boundingBox())!;
  const x = to.x + (targetPosition?.x ?? to.width / 2);
  const y = to.y + (targetPosition?.y ?? to.height / 2);
  await page.mouse.move(x, y, { steps: 6 });
  await page.mouse.move(x, y + 1);
  await page.mouse.up();
}

/** The names of the first `n` cards of a column, in board order (rendered rows only). */
async function columnNames(page: Page, phase: PhaseName, n: number): Promise<string[]> {
  const rows = page
    .getByRole('list', { name: phase, exact: true })
    .locator(':scope > [role="listitem"]');
  const entries: { at: number; name: string }[] = [];
  for (let i = 0, count = await rows.count(); i < count; i++) {
    const row = rows.nth(i);
    const at = Number(await row.getAttribute('aria-posinset'));
    entries.push({ at, name: (await row.getByRole('button').first().textContent()) ?? '' });
  }
  return entries
    .sort((x, y) => x.at - y.at)
    .slice(0, n)
    .map((e) => e.name);
}

/** The texts of every card the board currently renders. */
const renderedCardTexts = (page: Page) =>
  page.locator('[role="list"] > [role="listitem"]').allTextContents();

/** "12 of 40" / "40" from each column's header: how many cards are shown. */
async function shownCounts(page: Page): Promise<number[]> {
  const counts: number[] = [];
  for (const phase of phaseNames) {
    const text = await column(page, phase).locator('header > span').first().innerText();
    counts.push(Number(/^\d+/.exec(text.trim())?.[0]));
  }
  return counts;
}

test('a card moves by drag, keyboard and menu, can be undone, and keeps its place after a restart', async ({
  launch,
}) => {
  const dataDir = seededDataDir(30);
  try {
    const first = await launch({ dataDir });
    const { page } = first;
    await openBoard(page);
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
    for (const phase of phaseNames) await expect(column(page, phase)).toBeVisible();

    const [name, second, third] = await columnNames(page, 'Scouting', 3);
    expect(name && second && third).toBeTruthy();

    // Drag it with the mouse through all five columns, one phase at a time (dropped on a
    // column's header, a card goes to the top).
    const scouting = column(page, 'Scouting');
    for (let i = 1; i < phaseNames.length; i++) {
      const to = column(page, phaseNames[i]!);
      await drag(page, cardRow(column(page, phaseNames[i - 1]!), name!), to.locator('header'));
      await expect(cardButton(to, name!)).toBeVisible();
      await expect.poll(() => columnNames(page, phaseNames[i]!, 1)).toEqual([name]);
    }
    await expect(cardButton(scouting, name!)).toHaveCount(0);

    // Back one phase with the keyboard: it lands at the top and keeps the focus.
    const setup = column(page, 'Collaboration setup');
    const maintenance = column(page, 'Maintenance & growth');
    await cardButton(maintenance, name!).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(cardButton(setup, name!)).toBeFocused();
    await expect.poll(() => columnNames(page, 'Collaboration setup', 1)).toEqual([name]);

    // And back once more with the "Move to…" menu.
    await setup.getByRole('button', { name: `Move ${name} to…`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Proposal', exact: true }).click();
    const proposal = column(page, 'Proposal');
    await expect(cardButton(proposal, name!)).toBeVisible();

    // Ctrl+Z takes back the menu move…
    await cardButton(proposal, name!).focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(cardButton(setup, name!)).toBeVisible();
    // …but in a text field it is the field's own undo, and the board stays as it is: the next
    // Ctrl+Z outside takes back the keyboard move (had the first one counted, it would take
    // back the last drag instead).
    await page.getByRole('searchbox', { name: 'Search partners' }).focus();
    await page.keyboard.press('ControlOrMeta+z');
    await page.getByRole('heading', { name: 'Board', exact: true }).click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(cardButton(maintenance, name!)).toBeVisible();
    await expect(cardButton(setup, name!)).toHaveCount(0);

    // The toast's Undo takes back the move it reports.
    await maintenance.getByRole('button', { name: `Move ${name} to…`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'First contact', exact: true }).click();
    await expect(cardButton(column(page, 'First contact'), name!)).toBeVisible();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} moved to First contact.` })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(cardButton(maintenance, name!)).toBeVisible();
    await expect(cardButton(column(page, 'First contact'), name!)).toHaveCount(0);

    // Reorder within a column: drop the (now) second card on the top half of the first…
    await drag(page, cardRow(scouting, third!), cardRow(scouting, second!), { x: 60, y: 10 });
    await expect.poll(() => columnNames(page, 'Scouting', 2)).toEqual([third, second]);
    // …and move it down a place and back up with the keyboard; the focus follows it.
    await cardButton(scouting, third!).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => columnNames(page, 'Scouting', 2)).toEqual([second, third]);
    await expect(cardButton(scouting, third!)).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => columnNames(page, 'Scouting', 2)).toEqual([third, second]);
    expect(first.consoleErrors).toEqual([]);
    await first.close();

    // After a restart the order, the phase and the phase history are as they were left.
    const again = await launch({ dataDir });
    const page2 = again.page;
    await openBoard(page2);
    await expect(cardButton(column(page2, 'Maintenance & growth'), name!)).toBeVisible();
    await expect.poll(() => columnNames(page2, 'Scouting', 2)).toEqual([third, second]);
    await cardButton(column(page2, 'Maintenance & growth'), name!).click();
    await page2.getByRole('tab', { name: 'History' }).click();
    const history = page2.getByRole('region', { name: 'Phase history' });
    for (let i = 0; i < 4; i++) {
      await expect(
        history.getByText(`Moved from ${phaseNames[i]} to ${phaseNames[i + 1]}`, { exact: true }),
      ).toBeVisible();
    }
    // The undone moves left no trace.
    await expect(history.getByText(/^Moved back/)).toHaveCount(0);
    expect(again.consoleErrors).toEqual([]);
    await again.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('search and filters hide the other partners and say how many', async ({ launch }) => {
  const dataDir = seededDataDir(30, 40);
  try {
    const app = await launch({ dataDir });
    const { page } = app;
    await openBoard(page);
    await expect(column(page, 'Scouting')).toBeVisible();

    // A new partner with a Polish name; what looks like markup stays text.
    const name = 'Centrum Kształcenia Zawodowego Łódź <b>CKZ</b>';
    await page.getByRole('button', { name: 'New partner' }).click();
    const dialog = page.getByRole('dialog', { name: 'New partner' });
    await dialog.getByRole('textbox', { name: 'Name of the organisation' }).fill(name);
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect(dialog).toBeHidden();
    // The new partner's detail view opens; back to the board.
    await page.getByRole('button', { name: 'Close the partner view' }).click();
    await expect(cardButton(column(page, 'Scouting'), name)).toBeVisible();
    await expect(cardButton(column(page, 'Scouting'), name)).toHaveText(name);
    const total = (await shownCounts(page)).reduce((a, b) => a + b, 0);
    expect(total).toBe(31);

    // Typed without Polish letters, it still finds it.
    const search = page.getByRole('searchbox', { name: 'Search partners' });
    await search.fill('lodz');
    const status = page.getByRole('status').filter({ hasText: 'hidden by search and filters' });
    await expect(status).toBeVisible();
    await expect(cardButton(page, name)).toBeVisible();
    const shown = (await shownCounts(page)).reduce((a, b) => a + b, 0);
    expect(shown).toBeLessThan(total);
    await expect(status).toHaveText(`${total - shown} partners hidden by search and filters`);
    await expect(column(page, 'Scouting').locator('header')).toContainText(/\d+ of \d+/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search).toHaveValue('');
    await expect(status).toHaveCount(0);
    await expect(column(page, 'Scouting').locator('header')).not.toContainText(' of ');

    // Each filter on its own: every card left on the board fits it.
    const pick = async (label: string, option: string) => {
      await page.getByRole('combobox', { name: label, exact: true }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.keyboard.press('Escape');
      await expect(status).toBeVisible();
    };
    const everyCard = async (text: string) => {
      const texts = await renderedCardTexts(page);
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) expect(t).toContain(text);
    };

    await pick('Partnership type', 'Mobility');
    await everyCard('Mobility');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveCount(0);

    await pick('Stakeholder group', 'Employer or SME');
    await everyCard('Employer or SME');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveCount(0);

    await pick('Country', 'Poland');
    const polish = (await shownCounts(page)).reduce((a, b) => a + b, 0);
    expect(polish).toBeGreaterThan(0);
    expect(polish).toBeLessThan(total);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveCount(0);

    await page.getByRole('switch', { name: 'Follow-up overdue' }).check();
    await expect(status).toBeVisible();
    await everyCard('overdue');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveCount(0);
    await expect(page.getByRole('switch', { name: 'Follow-up overdue' })).not.toBeChecked();

    // Reordering while filtered puts the card right before the one it was dropped on.
    await pick('Partnership type', 'Training');
    const [a, b] = await columnNames(page, 'Scouting', 2);
    await drag(page, cardRow(column(page, 'Scouting'), b!), cardRow(column(page, 'Scouting'), a!), {
      x: 60,
      y: 10,
    });
    await expect.poll(() => columnNames(page, 'Scouting', 2)).toEqual([b, a]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveCount(0);
    // The column is virtualised: scroll until the dragged card is rendered, then compare places.
    const scouting = column(page, 'Scouting');
    await scouting.getByRole('list').first().hover();
    while ((await cardRow(scouting, b!).count()) === 0) await page.mouse.wheel(0, 300);
    const place = async (n: string) =>
      Number(await cardRow(scouting, n).getAttribute('aria-posinset'));
    expect(await place(a!)).toBe((await place(b!)) + 1);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

/** Browser mode only: a call straight to the backend, as a second window would make it. */
async function callBackend(app: LaunchedApp, channel: Channel, input?: unknown): Promise<unknown> {
  const { origin, token } = app.server!;
  const response = await fetch(new URL(httpChannelPath(channel), origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [tokenHeader]: token, origin },
    body: JSON.stringify({ input }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown };
  expect(result.ok).toBe(true);
  return result.value;
}

/** Why a test runs in browser mode only: there the spec can change data behind the window. */
const skipReasonNeedsBrowserMode =
  'skipped because the Electron binary is installed: only browser mode lets the test call the backend behind the window';

test('a move of a partner archived meanwhile is refused, explained, and the board catches up', async ({
  launch,
}) => {
  test.skip(harnessMode() !== 'browser', skipReasonNeedsBrowserMode);
  const dataDir = seededDataDir(30);
  try {
    const app = await launch({ dataDir });
    const { page } = app;
    await openBoard(page);
    const scouting = column(page, 'Scouting');
    await expect(scouting).toBeVisible();
    const [name] = await columnNames(page, 'Scouting', 1);
    const { cards } = decodeBoard((await callBackend(app, 'getBoard')) as BoardWire);
    const card = cards.find((c) => c.name === name && c.phase === 'scouting')!;
    await callBackend(app, 'archivePartner', { id: card.id });

    await scouting.getByRole('button', { name: `Move ${name} to…`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Proposal', exact: true }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: `“${name}” was not moved` }),
    ).toBeVisible();
    // The board reloaded: the archived partner is gone, not left in Proposal.
    await expect(cardButton(column(page, 'Proposal'), name!)).toHaveCount(0);
    await expect(cardButton(scouting, name!)).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an empty board explains the phases and offers to add the first partner', async ({
  launch,
}) => {
  const app = await launch();
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  for (const phase of phaseNames) {
    await expect(page.getByText(phase, { exact: true })).toBeVisible();
  }
  // With no institution profile yet, the board points to it too.
  await page.getByRole('button', { name: 'fill in your institution profile' }).click();
  await expect(page.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  await expect(page.getByRole('dialog', { name: 'New partner' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
  await app.close();
});

test('the board has no serious or critical accessibility violations', async ({ launch }) => {
  const dataDir = seededDataDir(30, 40);
  try {
    const app = await launch({ dataDir });
    const { page } = app;
    await openBoard(page);
    await expect(column(page, 'Scouting')).toBeVisible();
    await page.getByRole('switch', { name: 'Follow-up overdue' }).check();
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
