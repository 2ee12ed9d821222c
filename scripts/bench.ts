/**
 * `npm run bench`: builds the console and measures the built app in Chromium (Playwright + the
 * Chrome DevTools Protocol), and the mock in Node. Prints one line per figure
 * (`name value unit budget`) and writes them to bench-results.json. A script, not a test: figures
 * vary with the machine, budgets say what we hold ourselves to.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { benchArchive } from './bench-archive';
import { benchColdVisit } from './bench-cold';
import { benchInsightsScan } from './bench-insights';
import { benchMockTraceQuery } from './bench-mock';
import { benchMockConcurrent, benchMockWriteThroughput } from './bench-mock-writes';
import { benchProxy } from './bench-proxy';
import { benchTraceList } from './bench-traces';
import { median } from './bench-median';

interface Figure {
  value: number;
  unit: string;
  budget: number;
  /** The budget is a floor (throughput), not a ceiling. */
  atLeast?: boolean;
  /** Reported only: no budget holds it (printed as `-`). */
  reportOnly?: boolean;
}

/** BENCH_PORT lets several checkouts measure side by side. */
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 5;

const LIVE_CONNECTION = {
  mode: 'live',
  endpoint: 'http://127.0.0.1:9',
  region: 'ap-southeast-1',
  projectId: 'bench-project',
  domainId: 'bench-domain',
  useProxy: false,
};

/** JS and CSS the first screen downloads in Live mode, gzip-compressed as a server would send them. */
async function firstScreenWeight(browser: Browser, locale: 'en' | 'zh-CN'): Promise<{ js: number; css: number }> {
  const context = await browser.newContext();
  await context.addInitScript(
    ({ connection, locale }) => {
      localStorage.setItem('cts-console.connection.v1', JSON.stringify(connection));
      localStorage.setItem('cts-console.locale.v1', locale);
      // Without a token the console asks to sign in before any call, and never draws the traces screen.
      sessionStorage.setItem('cts-console.token.v1', 'bench-token');
    },
    { connection: LIVE_CONNECTION, locale },
  );
  const page = await context.newPage();
  const bodies: Promise<{ type: 'js' | 'css'; gzip: number; path: string }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    const type = url.pathname.endsWith('.js') ? 'js' : url.pathname.endsWith('.css') ? 'css' : null;
    if (type && url.origin === ORIGIN) {
      bodies.push(response.body().then((body) => ({ type, gzip: gzipSync(body).length, path: url.pathname })));
    }
  });
  await page.goto(`${ORIGIN}/traces`);
  await page.getByRole('navigation').first().waitFor();
  await page.getByRole('heading', { level: 1, name: locale === 'en' ? 'Traces' : /\S/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(bodies);
  await context.close();
  if (process.env.BENCH_VERBOSE) {
    // Which chunks make the figure, largest first: where to look when it grows.
    for (const { path, gzip } of [...sizes].sort((a, b) => b.gzip - a.gzip)) {
      console.info(`${(gzip / 1024).toFixed(1).padStart(7)} kB  ${path}`);
    }
  }
  const total = (type: 'js' | 'css') => sizes.filter((size) => size.type === type).reduce((sum, size) => sum + size.gzip, 0) / 1024;
  return { js: total('js'), css: total('css') };
}

/** From navigation start to the shell being usable (navigation shown, the first screen's heading drawn), Mock mode. */
async function shellInteractive(browser: Browser): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Performance.enable');
    await page.goto(`${ORIGIN}/traces`);
    await page.getByRole('navigation', { name: /main/i }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Traces' }).waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return median(times);
}

async function main() {
  console.info('Building the console…');
  execSync('npm run build', { stdio: 'inherit' });
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const figures: Record<string, Figure> = {};
  try {
    // `npm run bench -- list scan` measures only the named groups (all when none is named).
    const only = process.argv.slice(2);
    const wanted = (group: string) => only.length === 0 || only.includes(group);
    if (wanted('cold')) {
      const cold = await benchColdVisit(browser, ORIGIN);
      figures.cold_first_paint_ms = { value: Math.round(cold.cold_first_paint_ms), unit: 'ms', budget: 300 };
      figures.cold_first_row_ms = { value: Math.round(cold.cold_first_row_ms), unit: 'ms', budget: 450 };
      figures.cold_first_row_ms_cpu4 = { value: Math.round(cold.cold_first_row_ms_cpu4), unit: 'ms', budget: 1500 };
      figures.cold_cls = { value: Math.round(cold.cold_cls * 1000) / 1000, unit: 'score', budget: 0.02 };
    }
    if (wanted('weight')) {
      const weight = await firstScreenWeight(browser, 'en');
      figures.first_screen_js_gzip_kb = { value: round(weight.js), unit: 'kB', budget: 200 };
      figures.first_screen_css_gzip_kb = { value: round(weight.css), unit: 'kB', budget: 20 };
      // Chosen Chinese adds its catalog (every area at once) to the same screen: at most 15 kB more.
      const chinese = await firstScreenWeight(browser, 'zh-CN');
      figures.first_screen_js_gzip_kb_zh = { value: round(chinese.js), unit: 'kB', budget: round(weight.js + 15) };
    }
    if (wanted('shell')) {
      figures.shell_interactive_ms = { value: Math.round(await shellInteractive(browser)), unit: 'ms', budget: 1500 };
    }
    if (wanted('mock')) {
      figures.mock_trace_query_100k_ms = { value: round(await benchMockTraceQuery(100_000, 30)), unit: 'ms', budget: 50 };
      figures.mock_write_throughput_rps = { value: Math.round(await benchMockWriteThroughput(1_000)), unit: 'req/s', budget: 500, atLeast: true };
      figures.mock_concurrent_1000_s = { value: round(await benchMockConcurrent(1_000)), unit: 's', budget: 3 };
    }
    if (wanted('list')) {
      const list = await benchTraceList(browser, ORIGIN);
      figures.first_rows_ms = { value: Math.round(list.first_rows_ms), unit: 'ms', budget: 400 };
      figures.filter_to_rows_ms = { value: Math.round(list.filter_to_rows_ms), unit: 'ms', budget: 300 };
      figures.heap_after_load_mib = { value: round(list.heap_after_load_mib), unit: 'MiB', budget: 13 };
      figures.scroll_longest_task_ms = { value: round(list.scroll_longest_task_ms), unit: 'ms', budget: 50 };
      figures.wheel_scroll_longest_task_ms = { value: round(list.wheel_scroll_longest_task_ms), unit: 'ms', budget: 50 };
      figures.wheel_scroll_long_tasks = { value: list.wheel_scroll_long_tasks, unit: 'tasks', budget: 0 };
    }
    if (wanted('proxy')) {Object.assign(figures, await benchProxy());}
    if (wanted('scan')) {
      const scan = await benchInsightsScan(browser, ORIGIN);
      figures.scan_10k_ms = { value: Math.round(scan.scan_10k_ms), unit: 'ms', budget: 1500 };
      figures.scan_main_thread_longest_task_ms = { value: round(scan.scan_main_thread_longest_task_ms), unit: 'ms', budget: 50 };
    }
    if (wanted('archive')) {
      const archive = await benchArchive(browser, ORIGIN);
      figures.archive_query_30d_ms = { value: Math.round(archive.archive_query_30d_ms), unit: 'ms', budget: 3000 };
      // Reported: the rows come as the files are read, newest first; the whole read is for the status line's "complete".
      figures.archive_query_30d_complete_ms = { value: Math.round(archive.archive_query_30d_complete_ms), unit: 'ms', budget: 0, reportOnly: true };
      figures.archive_verify_30d_ms = { value: Math.round(archive.archive_verify_30d_ms), unit: 'ms', budget: 5000 };
      // Reported, not held to a budget: it is downloaded by the archive explorer only.
      figures.archive_engine_kb = { value: Math.round(archive.archive_engine_kb), unit: 'kB', budget: 0, reportOnly: true };
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  for (const [name, figure] of Object.entries(figures)) {
    console.info(`${name} ${figure.value} ${figure.unit} ${figure.reportOnly ? '-' : figure.budget}`);
  }
  writeFileSync('bench-results.json', `${JSON.stringify({ figures }, null, 2)}\n`);
  const over = Object.entries(figures).filter(([, figure]) => !figure.reportOnly && (figure.atLeast ? figure.value < figure.budget : figure.value > figure.budget));
  if (over.length > 0) {
    console.error(`Over budget: ${over.map(([name]) => name).join(', ')}`);
    process.exitCode = 1;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

void main();
