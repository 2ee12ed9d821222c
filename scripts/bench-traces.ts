/**
 * Figures of the trace list on the built app in Mock mode with 100,000 traces (called by
 * scripts/bench.ts). Times are read inside the page: the list marks `traces:rows` (a
 * `performance.mark`) when a view's rows are first painted.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './bench-median';

export interface TraceListFigures {
  first_rows_ms: number;
  filter_to_rows_ms: number;
  heap_after_load_mib: number;
  scroll_longest_task_ms: number;
  wheel_scroll_longest_task_ms: number;
  wheel_scroll_long_tasks: number;
}

const VOLUME = 100_000;
const RUNS = 3;
const ROWS_TO_SCROLL = 10_000;
const ROWS_TO_WHEEL = 5_000;
const WHEEL_NOTCH_PX = 300;
const WHEEL_NOTCHES_PER_SECOND = 60;
/** Notches past the 5,000 loaded rows: the list loads its following pages as the wheel reaches them. */
const WHEEL_NOTCHES_PAST_END = 180;
const LONG_TASK_MS = 50;
const PREFERENCES_KEY = 'cts-console.traces.preferences.v1';

/** Milliseconds from navigation start to the first `traces:rows` mark. */
async function firstRowsMark(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('traces:rows').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('traces:rows')[0]?.startTime ?? Number.NaN);
}

/** Chooses a preset in the time range menu and measures, inside the page, until its rows are painted. */
async function presetToRows(page: Page, preset: string): Promise<number> {
  await page.getByRole('button', { name: /^Time range:/ }).click();
  const item = page.getByRole('menuitemradio', { name: preset });
  await item.waitFor();
  await item.evaluate((element) => {
    (window as unknown as { benchStart: number }).benchStart = performance.now();
    (element as HTMLElement).click();
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('traces:rows').some((mark) => mark.startTime > (window as unknown as { benchStart: number }).benchStart),
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const start = (window as unknown as { benchStart: number }).benchStart;
    const mark = performance.getEntriesByName('traces:rows').find((entry) => entry.startTime > start);
    return (mark?.startTime ?? Number.NaN) - start;
  });
}

async function loadedCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').filter({ hasText: /traces? loaded/ }).textContent()) ?? '';
  return Number(/(\d+) traces? loaded/.exec(text)?.[1] ?? 0);
}

/**
 * The longest main-thread task while the table scrolls from the top to its end, 1,600 px per frame
 * (as when the scrollbar is dragged: the table skims, drawing placeholders), until the rows where
 * it stops are drawn in full. Read from a Chromium trace of the `toplevel` category only: the
 * DevTools timeline categories instrument style and layout so heavily that they doubled the very
 * tasks being measured.
 */
async function longestTaskWhileScrolling(browser: Browser, page: Page): Promise<number> {
  await page.evaluate(`document.querySelector('[role="table"][aria-label="Traces"]').scrollTop = 0`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await browser.startTracing(page, { categories: ['toplevel'] });
  // A string, not a function: tsx would wrap inner functions with a helper the page does not have.
  // The end is read once: reading layout after each scroll would force extra layouts the user never causes.
  await page.evaluate(`new Promise((resolve) => {
    const table = document.querySelector('[role="table"][aria-label="Traces"]');
    const end = table.scrollHeight - table.clientHeight;
    let top = 0;
    const step = () => {
      top = Math.min(end, top + 1600);
      table.scrollTop = top;
      if (top >= end) { resolve(); } else { requestAnimationFrame(step); }
    };
    requestAnimationFrame(step);
  })`);
  // Until the rows skimmed past are drawn in full again: that frame counts too.
  await page.waitForFunction(`document.querySelector('[role="table"][aria-label="Traces"]').getAttribute('aria-busy') === 'false'`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  if ((await page.getByRole('table', { name: 'Traces' }).getByRole('cell').count()) === 0) {
    throw new Error('The table shows no cells after the scroll settled.');
  }
  return Math.max(0, ...(await mainThreadTasks(browser)));
}

/** Durations (ms) of the page's main-thread tasks in the Chromium trace being recorded, which stops. */
async function mainThreadTasks(browser: Browser): Promise<number[]> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }[] };
  const mainThreads = new Set(
    trace.traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = trace.traceEvents.filter(
    (event) => event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  return tasks.map((event) => (event.dur ?? 0) / 1000);
}

/**
 * Until the scan of volume over time above the list has read its traces: on the demo the mock
 * answers its requests on the page's main thread, which the scroll figures are not about.
 */
async function scanSettled(page: Page): Promise<void> {
  await page.waitForFunction(`/^(Scanned|The scan failed)/.test(document.querySelector('[data-testid="scan-scope"]')?.textContent ?? '')`, undefined, { timeout: 60_000 });
}

/** Clicks "Load more" until `rows` traces are loaded (or the list ends). */
async function loadRows(page: Page, rows: number): Promise<void> {
  const loadMore = page.getByRole('button', { name: 'Load more' });
  while ((await loadedCount(page)) < rows && (await loadMore.isVisible())) {
    const before = await loadedCount(page);
    await loadMore.click();
    await page.waitForFunction(
      (count) => /(\d+) traces? loaded/.test(document.body.innerText) && Number(/(\d+) traces? loaded/.exec(document.body.innerText)?.[1]) > count,
      before,
      { timeout: 60_000 },
    );
  }
}

/**
 * Reading with the mouse wheel: 300 px a notch, 60 notches a second, from the top of 5,000 loaded
 * rows to their end and on while the following pages load by themselves. Real wheel events
 * (CDP Input), the pointer over the table; main-thread tasks read as for the scrollbar figure.
 */
export async function wheelScrollTasks(browser: Browser, page: Page, origin: string): Promise<{ longest: number; long: number }> {
  await page.goto(`${origin}/traces?range=1w`);
  await page.getByRole('table', { name: 'Traces' }).waitFor({ timeout: 60_000 });
  await loadRows(page, ROWS_TO_WHEEL);
  await scanSettled(page);
  const box = await page.getByRole('table', { name: 'Traces' }).boundingBox();
  if (!box) {
    throw new Error('The trace table is not on screen.');
  }
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  const rowHeight = await page.evaluate(`document.querySelector('[role="table"][aria-label="Traces"] [role="row"][aria-rowindex="2"]')?.getBoundingClientRect().height ?? 28`);
  const notches = Math.ceil((ROWS_TO_WHEEL * Number(rowHeight)) / WHEEL_NOTCH_PX) + WHEEL_NOTCHES_PAST_END;
  await browser.startTracing(page, { categories: ['toplevel'] });
  const start = Date.now();
  for (let notch = 0; notch < notches; notch += 1) {
    await page.mouse.wheel(0, WHEEL_NOTCH_PX);
    const due = start + ((notch + 1) * 1000) / WHEEL_NOTCHES_PER_SECOND;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
  }
  await page.waitForFunction(`document.querySelector('[role="table"][aria-label="Traces"]').getAttribute('aria-busy') === 'false'`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const tasks = await mainThreadTasks(browser);
  if ((await loadedCount(page)) <= ROWS_TO_WHEEL) {
    throw new Error('The wheel did not reach the end of the loaded rows: no following page was loaded.');
  }
  return { longest: Math.max(0, ...tasks), long: tasks.filter((duration) => duration > LONG_TASK_MS).length };
}

export async function benchTraceList(browser: Browser, origin: string): Promise<TraceListFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/traces`);
    await page.getByRole('heading', { level: 1, name: 'Traces' }).waitFor();
    await page.evaluate(async (volume) => {
      await fetch('/mock/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ volume }) });
    }, VOLUME);

    const firstRows: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.reload();
      firstRows.push(await firstRowsMark(page));
    }

    const client = await context.newCDPSession(page);
    await client.send('HeapProfiler.collectGarbage');
    const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };

    const filterToRows = [await presetToRows(page, 'Last 1 day'), await presetToRows(page, 'Last 1 week')];

    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ pageSize: 200 })), PREFERENCES_KEY);
    await page.goto(`${origin}/traces?range=1w`);
    await page.getByRole('table', { name: 'Traces' }).waitFor({ timeout: 60_000 });
    await loadRows(page, ROWS_TO_SCROLL);
    await scanSettled(page);
    const scrolls: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      scrolls.push(await longestTaskWhileScrolling(browser, page));
    }

    const wheels: { longest: number; long: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      wheels.push(await wheelScrollTasks(browser, page, origin));
    }

    return {
      wheel_scroll_longest_task_ms: median(wheels.map((wheel) => wheel.longest)),
      wheel_scroll_long_tasks: median(wheels.map((wheel) => wheel.long)),
      first_rows_ms: median(firstRows),
      filter_to_rows_ms: median(filterToRows),
      heap_after_load_mib: heap.usedSize / 1024 / 1024,
      scroll_longest_task_ms: median(scrolls),
    };
  } finally {
    await context.close();
  }
}
