import type { Locator, Page } from '@playwright/test';
import { launchApp } from '../tests/e2e/harness';
import type { Workspace } from './dataSets';
import type { Measurement } from './results';
import { sample, summarise } from './stats';

/**
 * Marks, inside the page, the moment the board is interactive: the first card is in the DOM and
 * a frame with it has been painted (a task after the next animation frame). The app opens on
 * Today when there are partners: the page then clicks "Board" itself the moment the navigation
 * is there (a person's one click, without Playwright's round trips in the figure), after noting
 * when Today's first section was painted. Times are from `performance.timeOrigin`, i.e. from the
 * start of the navigation.
 */
function markBoardShown(): void {
  const w = window as unknown as { __benchBoardAt: number | null; __benchTodayAt: number | null };
  w.__benchBoardAt = null;
  w.__benchTodayAt = null;
  let seen = false;
  let clicked = false;
  const paintedAt = (done: (at: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  const observer = new MutationObserver(() => {
    if (!clicked) {
      const todayShown = document.querySelector('main h1')?.textContent === 'Today';
      const boardItem = [...document.querySelectorAll('nav button')].find(
        (b) => b.textContent?.trim() === 'Board',
      );
      if (boardItem && boardItem.getAttribute('aria-current') !== 'page') {
        if (!todayShown) return;
        clicked = true;
        paintedAt((at) => {
          w.__benchTodayAt = at;
          (boardItem as HTMLElement).click();
        });
        return;
      }
    }
    if (seen || !document.querySelector('[role="list"] > [role="listitem"] button')) return;
    seen = true;
    observer.disconnect();
    paintedAt((at) => (w.__benchBoardAt = at));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const firstCard = (page: Page) => page.locator('[role="list"] > [role="listitem"] button').first();

/**
 * Waits for the board; when the app opened on another screen, goes to the board the way a
 * person does, through the "Board" item of the navigation.
 */
async function openBoard(page: Page): Promise<void> {
  const boardItem = page.getByRole('navigation', { name: 'Main' }).getByRole('button', {
    name: 'Board',
    exact: true,
  });
  await boardItem.waitFor({ timeout: 60_000 });
  if ((await boardItem.getAttribute('aria-current')) !== 'page') await boardItem.click();
  await firstCard(page).waitFor({ timeout: 60_000 });
}

/** Milestones of one navigation, in ms from its start. */
interface Navigation {
  /** The board is interactive: the first card painted and clickable. */
  board: number;
  /** Today, the screen the app opens on, painted (NaN when it opened on the board). */
  today: number;
  /** The last script of the page has arrived. */
  scripts: number;
  /** The board's data: request sent, answer received. */
  dataRequested: number;
  dataReceived: number;
}

/** From navigation start to the interactive board (the first card clickable), with milestones. */
async function navigationToBoard(page: Page): Promise<Navigation> {
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as { __benchBoardAt: number | null }).__benchBoardAt !== null,
  );
  // Playwright's actionability checks: visible, stable, enabled and receiving pointer events.
  await firstCard(page).click({ trial: true });
  return page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = resources.find((r) => r.name.endsWith('/getBoard'));
    return {
      board: (window as unknown as { __benchBoardAt: number }).__benchBoardAt,
      today: (window as unknown as { __benchTodayAt: number | null }).__benchTodayAt ?? Number.NaN,
      scripts: Math.max(
        0,
        ...resources.filter((r) => r.name.endsWith('.js')).map((r) => r.responseEnd),
      ),
      dataRequested: data?.startTime ?? Number.NaN,
      dataReceived: data?.responseEnd ?? Number.NaN,
    };
  });
}

const medianOf = (values: number[]) => summarise(values).median.toFixed(0);

/** Used JS heap of the page after a garbage collection, in MB. */
async function heapMegabytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

interface DragTimes {
  /** Pointer down → the card is first in the target column and a frame has been painted. */
  gesture: number;
  /** Pointer down → the card shown as picked up (painted). */
  pickup: number;
  /** Drop → the same. */
  drop: number;
  /** The longest frame during the drag (rAF intervals and long animation frames). */
  longestFrame: number;
}

/** Instruments the page for one drag of the card named `name` into the column list `target`. */
function armDrag({ name, target }: { name: string; target: string }): void {
  const w = window as unknown as { __benchDrag: Record<string, unknown> };
  const state = {
    down: null as number | null,
    pickedUp: null as number | null,
    drop: null as number | null,
    painted: null as number | null,
    frames: [] as number[],
    longFrames: [] as number[],
  };
  w.__benchDrag = state;
  addEventListener('pointerdown', () => (state.down ??= performance.now()), {
    capture: true,
    once: true,
  });
  addEventListener('drop', () => (state.drop ??= performance.now()), { capture: true, once: true });
  let last = performance.now();
  const tick = (at: number) => {
    if (state.down !== null) state.frames.push(at - last);
    last = at;
    if (state.painted === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  let observer: PerformanceObserver | undefined;
  const types = PerformanceObserver.supportedEntryTypes;
  const entryType = types.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
  if (types.includes(entryType)) {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (state.down !== null && e.startTime >= state.down) state.longFrames.push(e.duration);
      }
    });
    observer.observe({ type: entryType });
  }
  const list = [...document.querySelectorAll('[role="list"]')].find(
    (l) =>
      l.getAttribute('aria-labelledby') &&
      document.getElementById(l.getAttribute('aria-labelledby')!)?.textContent?.startsWith(target),
  );
  if (!list) throw new Error(`No column list for ${target}.`);
  const arrived = () =>
    list.querySelector('[role="listitem"][aria-posinset="1"] button')?.textContent === name;
  const pickup = new MutationObserver(() => {
    if (!document.querySelector('[data-dragging]')) return;
    pickup.disconnect();
    requestAnimationFrame(() => setTimeout(() => (state.pickedUp = performance.now()), 0));
  });
  pickup.observe(document.body, {
    attributes: true,
    attributeFilter: ['data-dragging'],
    subtree: true,
    childList: true,
  });
  const mutations = new MutationObserver(() => {
    if (state.drop === null || !arrived()) return;
    mutations.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        state.painted = performance.now();
        observer?.disconnect();
      }, 0),
    );
  });
  mutations.observe(list, { childList: true, subtree: true, characterData: true });
}

/**
 * One drag with the real pointer, as the board's end-to-end test does it: press on the top card
 * of Scouting, move a little until the board has picked it up, move over the header of First
 * contact in steps and release (dropped on a header, a card goes to the top of that column).
 */
async function dragOnce(page: Page): Promise<DragTimes> {
  const scouting = page.getByRole('list', { name: 'Scouting', exact: true });
  const source: Locator = scouting.locator('[role="listitem"][aria-posinset="1"]');
  const name = (await source.getByRole('button').first().textContent()) ?? '';
  const header = page.getByRole('region', { name: 'First contact', exact: true }).locator('header');
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await header.boundingBox())!;
  await page.evaluate(armDrag, { name, target: 'First contact' });
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + 20, { steps: 3 });
  await source.locator('[data-dragging]').waitFor();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 1);
  await page.mouse.up();
  await page.waitForFunction(
    () =>
      (window as unknown as { __benchDrag: { painted: number | null } }).__benchDrag.painted !==
      null,
  );
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __benchDrag: {
          down: number;
          pickedUp: number;
          drop: number;
          painted: number;
          frames: number[];
          longFrames: number[];
        };
      }
    ).__benchDrag;
    return {
      gesture: s.painted - s.down,
      pickup: s.pickedUp - s.down,
      drop: s.painted - s.drop,
      longestFrame: Math.max(0, ...s.frames, ...s.longFrames),
    };
  });
}

/**
 * The renderer in Chromium (or Electron) through the end-to-end harness, on a copy of the data
 * set: navigation to an interactive board, the JS heap once it is shown, and drags.
 */
export async function measureRenderer(
  workspace: Workspace,
  dataDir: string,
  size: number,
  runs: number,
): Promise<Measurement[]> {
  const app = await launchApp({ dataDir: workspace.copy(dataDir) });
  const { page } = app;
  try {
    await openBoard(page);
    await page.addInitScript(markBoardShown);
    const heap: number[] = [];
    const navigations = await sample(runs, 1, async () => {
      const navigation = await navigationToBoard(page);
      heap.push(await heapMegabytes(page));
      return navigation;
    });
    const drags = await sample(runs, 1, () => dragOnce(page));
    if (app.consoleErrors.length > 0) {
      throw new Error(`The page reported errors: ${app.consoleErrors.join('\n')}`);
    }
    const base = { unit: 'ms' as const, size };
    return [
      {
        ...base,
        key: 'navigation',
        label: 'renderer: navigation to an interactive board',
        samples: navigations.map((n) => n.board),
        note:
          `medians: Today (the opening screen) painted at ${medianOf(navigations.map((n) => n.today))} ms, ` +
          `scripts in ${medianOf(navigations.map((n) => n.scripts))} ms, ` +
          `board data asked at ${medianOf(navigations.map((n) => n.dataRequested))} ms ` +
          `and received at ${medianOf(navigations.map((n) => n.dataReceived))} ms`,
      },
      {
        ...base,
        key: 'heap',
        label: 'renderer: JS heap after the board is shown',
        unit: 'MB',
        samples: heap.slice(-runs),
      },
      {
        ...base,
        key: 'drag',
        label: 'renderer: drag, pointer down → drop committed and painted',
        samples: drags.map((d) => d.gesture),
        note: 'includes the pointer travel driven by Playwright',
      },
      {
        ...base,
        key: 'dragPickup',
        label: 'renderer: pointer down → card picked up and painted',
        samples: drags.map((d) => d.pickup),
      },
      {
        ...base,
        key: 'dragDrop',
        label: 'renderer: drop → committed and painted',
        samples: drags.map((d) => d.drop),
      },
      {
        ...base,
        key: 'dragLongestFrame',
        label: 'renderer: longest frame during the drag',
        samples: drags.map((d) => d.longestFrame),
      },
    ];
  } finally {
    await app.close();
  }
}
