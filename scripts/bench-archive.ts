/**
 * Figures of the archive of transferred traces on the built app in Mock mode (called by
 * scripts/bench.ts), each from a fresh page, so the mock builds the month's files (and the digests'
 * chain) as a first visit does; medians of three runs, each in a fresh context:
 * - archive_query_30d_ms: the explorer's default 30 days of the management tracker, filtered by one
 *   user, from Query to the first rows shown (the newest files listed, read, loaded into DuckDB,
 *   queried: the table shows the matches of the files read so far while the rest are read);
 * - archive_query_30d_complete_ms: the same query to the end of the read, every file in DuckDB and
 *   the table's final rows shown (reported, not held to a budget);
 * - archive_verify_30d_ms: the insights page's verification of the past month, to its verdict;
 * - archive_engine_kb: what loading DuckDB transfers (its JavaScript, worker and wasm, gzip).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { median } from './bench-median';

export interface ArchiveFigures {
  archive_query_30d_ms: number;
  archive_query_30d_complete_ms: number;
  archive_verify_30d_ms: number;
  archive_engine_kb: number;
}

const TIMEOUT = 600_000;
/** Runs, each in a fresh context; the figures are their medians (the machine's runs differ by a quarter). */
const RUNS = 3;

export async function benchArchive(browser: Browser, origin: string, dist = 'dist/assets'): Promise<ArchiveFigures> {
  const runs: ArchiveFigures[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    runs.push(await benchArchiveOnce(browser, origin, dist));
  }
  return {
    archive_query_30d_ms: median(runs.map((figures) => figures.archive_query_30d_ms)),
    archive_query_30d_complete_ms: median(runs.map((figures) => figures.archive_query_30d_complete_ms)),
    archive_verify_30d_ms: median(runs.map((figures) => figures.archive_verify_30d_ms)),
    archive_engine_kb: median(runs.map((figures) => figures.archive_engine_kb)),
  };
}

async function benchArchiveOnce(browser: Browser, origin: string, dist: string): Promise<ArchiveFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const setup = await context.newPage();
    await setup.goto(`${origin}/insights`);
    await setup.evaluate(async () => {
      await fetch('/mock/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ volume: 10_000 }) });
    });
    await setup.close();

    const page = await context.newPage();
    const engine = new Map<string, Promise<number>>();
    context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\/assets\/duckdb-/.test(path)) {
        engine.set(path, response.body().then((body) => gzipSync(body).length, () => 0));
      }
    });
    await page.goto(`${origin}/archive`);
    await page.getByRole('heading', { level: 1, name: 'Archive' }).waitFor();
    await page.getByRole('textbox', { name: 'User' }).fill('m.rossi');
    const queryStart = Date.now();
    await page.getByRole('button', { name: 'Query', exact: true }).click();
    await page.getByRole('table', { name: 'Archived traces' }).locator('tbody tr').first().waitFor({ timeout: TIMEOUT });
    const query = Date.now() - queryStart;
    await page.getByTestId('archive-scope').filter({ hasText: /, complete$/ }).waitFor({ timeout: TIMEOUT });
    await page.getByText('The newest matches in the files read so far', { exact: false }).waitFor({ state: 'detached', timeout: TIMEOUT });
    const complete = Date.now() - queryStart;
    // The worker script and the wasm it fetches reach Playwright without a body: once the engine's
    // chunk is loaded, they are read from the build (what was served). Chromium runs the `eh`
    // bundle (WebAssembly exceptions); the `mvp` one is for browsers without them.
    if ([...engine.keys()].some((path) => path.includes('duckdb-engine'))) {
      for (const name of readdirSync(dist).filter((file) => /^duckdb-(browser-eh\.worker-.+\.js|eh-.+\.wasm)$/.test(file))) {
        engine.set(`/assets/${name}`, Promise.resolve(gzipSync(readFileSync(`${dist}/${name}`)).length));
      }
    }
    const engineBytes = (await Promise.all(engine.values())).reduce((sum, size) => sum + size, 0);
    await page.close();

    const verify = await context.newPage();
    await verify.goto(`${origin}/insights`);
    await verify.getByRole('button', { name: 'Verify integrity' }).waitFor();
    const verifyStart = Date.now();
    await verify.getByRole('button', { name: 'Verify integrity' }).click();
    await verify.getByTestId('archive-verification').filter({ hasText: /verified: / }).waitFor({ timeout: TIMEOUT });
    const verified = Date.now() - verifyStart;
    return { archive_query_30d_ms: query, archive_query_30d_complete_ms: complete, archive_verify_30d_ms: verified, archive_engine_kb: engineBytes / 1024 };
  } finally {
    await context.close();
  }
}
