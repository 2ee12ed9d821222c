/**
 * Figures of the insights scan on the built app in Mock mode with 10,000 traces (called by
 * scripts/bench.ts): the time from asking for a scan to its findings and histogram received (the
 * page's `insights:scan` measure), and the longest main-thread task meanwhile (the scan runs in a
 * Web Worker; the embedded mock still answers on the main thread).
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './bench-median';

export interface InsightsFigures {
  scan_10k_ms: number;
  scan_main_thread_longest_task_ms: number;
}

const VOLUME = 10_000;
const RUNS = 3;

const scanCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('insights:scan').length);

/** A new bound is a new filter set: the scan starts from nothing rather than from the cache. */
async function scanAgain(browser: Browser, page: Page, bound: number): Promise<{ ms: number; longestTask: number }> {
  const before = await scanCount(page);
  await browser.startTracing(page, { categories: ['toplevel'] });
  const field = page.getByRole('spinbutton', { name: 'Read at most (traces)' });
  await field.fill(String(bound));
  await field.press('Enter');
  await page.waitForFunction((count) => performance.getEntriesByName('insights:scan').length > count, before, { timeout: 60_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }[] };
  const mainThreads = new Set(
    trace.traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = trace.traceEvents.filter((event) => event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  const ms = await page.evaluate(() => performance.getEntriesByName('insights:scan').at(-1)?.duration ?? Number.NaN);
  return { ms, longestTask: Math.max(0, ...tasks.map((event) => (event.dur ?? 0) / 1000)) };
}

export async function benchInsightsScan(browser: Browser, origin: string): Promise<InsightsFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/insights`);
    await page.evaluate(async (volume) => {
      await fetch('/mock/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ volume }) });
    }, VOLUME);
    await page.reload();
    // The first scan also loads the worker's code: the figures are of the scans after it.
    await page.waitForFunction(() => performance.getEntriesByName('insights:scan').length > 0, undefined, { timeout: 60_000 });
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await scanAgain(browser, page, 20_001 + run));
    }
    return { scan_10k_ms: median(runs.map((run) => run.ms)), scan_main_thread_longest_task_ms: median(runs.map((run) => run.longestTask)) };
  } finally {
    await context.close();
  }
}
