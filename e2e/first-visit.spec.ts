import { expect, type Page, test } from '@playwright/test';
import { MOCK_SERVER_URL, openInLiveMode } from './support/mock';

/**
 * A new user's first visit: a fresh browser context, no service worker installed yet (so
 * page.route sees every chunk). The page is never blank: the document paints the console's frame
 * before any script has run, and the app draws its shell without waiting for the mock.
 */

/** Holds the responses of the matching requests until released. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) {
    throw new Error(`${selector} is not on screen`);
  }
  return box;
}

function expectSamePlace(app: Box, frame: Box, what: string) {
  expect(Math.abs(app.x - frame.x), `${what}: x`).toBeLessThanOrEqual(1);
  expect(Math.abs(app.y - frame.y), `${what}: y`).toBeLessThanOrEqual(1);
  expect(Math.abs(app.width - frame.width), `${what}: width`).toBeLessThanOrEqual(1);
}

test('the first screen has text before the mock answers, then the rows', async ({ page }) => {
  // The mock's chunk is held: nothing can answer the first page of traces.
  const release = await hold(page, /\/assets\/browser-[^/]+\.js$/);
  await page.goto('/traces');
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Traces' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status', { name: 'Loading traces' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Volume over time' })).toBeVisible();
  expect((await page.locator('body').innerText()).length).toBeGreaterThan(100);

  release();
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByTestId('scan-scope')).toHaveText(/^Scanned [\d,]+ traces, .+, complete\.$/, { timeout: 20_000 });
});

test('in Live mode too the screen is drawn while the account’s first traces are awaited, then the rows', async ({ browser }) => {
  const context = await browser.newContext();
  await openInLiveMode(context);
  const page = await context.newPage();
  // The endpoint's answer to the first page of traces is held: only the console can be on screen.
  const release = await hold(page, new RegExp(`^${MOCK_SERVER_URL}/v3/e2e-project/traces\\?`));
  const tracesAsked = page.waitForRequest((request) => request.url().startsWith(`${MOCK_SERVER_URL}/v3/e2e-project/traces?`));
  await page.goto('/traces');
  await tracesAsked;
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Traces' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status', { name: 'Loading traces' })).toBeVisible();
  expect((await page.locator('body').innerText()).length).toBeGreaterThan(100);
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toHaveCount(0);

  release();
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
  await context.close();
});

test('the document itself requests the first screen’s chunks: none waits for the code that imports it', async ({ page }) => {
  // The entry is held: only the document can request the mock's and the route's chunks.
  const release = await hold(page, /\/assets\/index-[^/]+\.js$/);
  const mock = page.waitForRequest(/\/assets\/browser-[^/]+\.js$/);
  const route = page.waitForRequest(/\/assets\/traces-screen-[^/]+\.js$/);
  await page.goto('/traces', { waitUntil: 'commit' });
  await Promise.all([mock, route]);

  release();
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
});

for (const [width, height] of [[1440, 900], [390, 844]] as const) {
  test(`before any script has run the document paints the frame in the chosen scheme, where the app then draws the screen (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => localStorage.setItem('cts-console.color-mode', 'dark'));
    const release = await hold(page, /\/assets\/index-[^/]+\.js$/);
    await page.goto('/traces', { waitUntil: 'commit' });
    const frame = page.locator('#root > [aria-hidden="true"]');
    await expect(frame.locator('.b-t-traces')).toHaveText('Traces');
    await expect(frame.locator('.b-t-traces')).toBeVisible();
    await expect(frame.getByText('Volume over time')).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/dark/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 21, 28)');
    const framed = {
      title: await boxOf(page, '.b-t-traces'),
      volume: await boxOf(page, '.b-volume'),
      quick: await boxOf(page, '.b-quick'),
      table: await boxOf(page, '.b-table'),
    };

    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
    await expect(frame).toHaveCount(0);
    // The volume panel is drawn a moment after the heading on a busy machine: measure it once it is.
    await expect(page.locator('section[aria-labelledby="trace-list-volume"]')).toBeVisible();
    expectSamePlace(await boxOf(page, 'main h1'), framed.title, 'title');
    // Its placeholder is replaced by the panel when the panel's chunk arrives (the same place and size,
    // another element): a measure that meets the swap is taken again.
    await expect(async () => {
      const volume = await boxOf(page, 'section[aria-labelledby="trace-list-volume"]');
      expectSamePlace(volume, framed.volume, 'volume over time');
      expect(volume.height).toBeCloseTo(framed.volume.height, 0);
    }).toPass({ timeout: 5_000 });
    expectSamePlace(await boxOf(page, 'main [aria-busy]'), framed.table, 'table');
    expect((await boxOf(page, 'main [aria-busy]')).y - (await boxOf(page, 'main input[type="search"]')).y).toBeCloseTo(framed.table.y - framed.quick.y - 22, 0);
    await expect(page.locator('html')).toHaveClass(/dark/);
  });
}

for (const { locale, stored, lang, traces, trackers } of [
  { locale: 'en-US', stored: 'zh-CN', lang: 'zh-CN', traces: '事件列表', trackers: '追踪器' },
  { locale: 'zh-CN', stored: null, lang: 'zh-CN', traces: '事件列表', trackers: '追踪器' },
  { locale: 'zh-CN', stored: 'en', lang: 'en', traces: 'Traces', trackers: 'Trackers' },
]) {
  test(`the frame speaks the language the app will choose: ${lang} for a ${locale} browser that chose ${stored ?? 'nothing'}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    if (stored) {
      await context.addInitScript((value) => localStorage.setItem('cts-console.locale.v1', value), stored);
    }
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const release = await hold(page, /\/assets\/index-[^/]+\.js$/);
    await page.goto('/traces', { waitUntil: 'commit' });
    const frame = page.locator('#root > [aria-hidden="true"]');
    await expect(frame.locator('.b-t-traces')).toHaveText(traces);
    await expect(frame.locator('.b-n-trackers')).toHaveText(trackers);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const framed = await boxOf(page, '.b-n-trackers');

    release();
    // The app's own navigation (the frame is aria-hidden), in the same language and at the same place.
    const trackersLink = page.getByRole('navigation').getByRole('link', { name: trackers, exact: true });
    await expect(trackersLink).toBeVisible({ timeout: 20_000 });
    await expect(frame).toHaveCount(0);
    expectSamePlace((await trackersLink.boundingBox()) ?? framed, framed, 'navigation');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  });
}
