/**
 * Figures of a new user's first visit (called by scripts/bench.ts): `/traces` in Mock mode with
 * the default demo volume, each run in a fresh browser context (no service worker installed, no
 * stored state, nothing cached), as a first visit is.
 * - `cold_first_paint_ms`: the page's First Contentful Paint.
 * - `cold_first_row_ms`: the list's `traces:rows` mark (set in the frame its first rows are painted).
 * - `cold_first_row_ms_cpu4`: the same with the renderer slowed 4× through the DevTools protocol
 *   (`Emulation.setCPUThrottlingRate`), as on a mid-range laptop or phone.
 * - `cold_cls`: the layout shift of the whole first visit, up to a while after the rows (the frame
 *   of index.html replaced by the app, the volume histogram arriving above the list).
 */
import type { Browser } from '@playwright/test';
import { median } from './bench-median';

export interface ColdVisitFigures {
  cold_first_paint_ms: number;
  cold_first_row_ms: number;
  cold_first_row_ms_cpu4: number;
  cold_cls: number;
}

const RUNS = 5;
/** How long after the first rows layout shifts are still counted (the histogram arrives in that time). */
const SETTLE_MS = 2_500;

interface ColdVisit {
  firstPaint: number;
  firstRow: number;
  cls: number;
}

/** Layout shifts are summed from the first one (buffered), as the CLS of the visit (no input is made). */
const CLS_OBSERVER = `(() => {
  window.__benchCls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) { window.__benchCls += entry.value; }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {}
})()`;

const VISITED = 'bench:first-paint-and-rows';

/**
 * Tells the bench (by a console message) once the page has painted text and marked its first rows;
 * strings, not functions: tsx would wrap inner functions with a helper the page does not have.
 */
const VISIT_OBSERVER = `(() => {
  const seen = new Set();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint' || entry.name === 'traces:rows') { seen.add(entry.name); }
    }
    if (seen.size === 2) { observer.disconnect(); console.debug(${JSON.stringify('bench:first-paint-and-rows')}); }
  });
  observer.observe({ entryTypes: ['paint', 'mark'] });
})()`;

async function coldVisit(browser: Browser, origin: string, cpuSlowdown: number, settle: boolean): Promise<ColdVisit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'allow' });
  try {
    await context.addInitScript(CLS_OBSERVER);
    await context.addInitScript(VISIT_OBSERVER);
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const client = await context.newCDPSession(page);
      await client.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    // Waiting is done on the page's own signal: Playwright's waitForFunction would evaluate its
    // injected script (330 kB) in the page mid-visit, on the thread the visit is measured on.
    const visited = page.waitForEvent('console', { predicate: (message) => message.text() === VISITED, timeout: 60_000 });
    await page.goto(`${origin}/traces`, { waitUntil: 'commit' });
    await visited;
    if (settle) {
      await page.waitForTimeout(SETTLE_MS);
    }
    const figures = (await page.evaluate(`({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      firstRow: performance.getEntriesByName('traces:rows')[0].startTime,
      cls: window.__benchCls,
    })`)) as ColdVisit;
    if ((await page.getByRole('table', { name: 'Traces' }).getByRole('row').count()) < 2) {
      throw new Error('The first visit marked its rows but shows none.');
    }
    return figures;
  } finally {
    await context.close();
  }
}

export async function benchColdVisit(browser: Browser, origin: string): Promise<ColdVisitFigures> {
  const visits: ColdVisit[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    visits.push(await coldVisit(browser, origin, 1, true));
  }
  const slowed: ColdVisit[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    slowed.push(await coldVisit(browser, origin, 4, false));
  }
  return {
    cold_first_paint_ms: median(visits.map((visit) => visit.firstPaint)),
    cold_first_row_ms: median(visits.map((visit) => visit.firstRow)),
    cold_first_row_ms_cpu4: median(slowed.map((visit) => visit.firstRow)),
    cold_cls: Math.max(...visits.map((visit) => visit.cls)),
  };
}
