import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { MOCK_SERVER_URL, openInLiveMode } from './support/mock';

/** Every screen, by the heading it shows once loaded. */
const SCREENS = [
  { path: '/traces', heading: 'Traces' },
  { path: '/trackers', heading: 'Trackers' },
  { path: '/trackers/new', heading: 'Create tracker' },
  { path: '/notifications', heading: 'Key Event Notifications' },
  { path: '/notifications/new', heading: 'Create key event notification' },
  { path: '/settings', heading: 'Connection settings' },
];

/** Records every CSP violation the page reports, from the first script on. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function visitEveryScreen(page: Page) {
  for (const { path, heading } of SCREENS) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'sha256-");
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
}

test('Mock mode: every screen loads under the CSP, the mock’s service worker included, with no violation', async ({ context, page }) => {
  await recordViolations(context);
  await visitEveryScreen(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/mock-service-worker\.js$/);
  await expect(page.getByRole('link', { name: /Mock/ })).toBeVisible();
});

test('Live mode, direct and through the proxy: every screen loads with no violation', async ({ browser }) => {
  for (const useProxy of [false, true]) {
    const context = await browser.newContext();
    await recordViolations(context);
    await openInLiveMode(context);
    if (useProxy) {
      await context.addInitScript(() => {
        const stored = JSON.parse(localStorage.getItem('cts-console.connection.v1') ?? '{}') as Record<string, unknown>;
        localStorage.setItem('cts-console.connection.v1', JSON.stringify({ ...stored, useProxy: true }));
      });
    }
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (request) => calls.push(request.url()));
    await visitEveryScreen(page);
    await page.goto('/traces');
    await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
    expect(calls.some((url) => url.startsWith(useProxy ? `${new URL(page.url()).origin}/cts-proxy/v3/` : `${MOCK_SERVER_URL}/v3/`))).toBe(true);
    expect(await violations(page)).toEqual([]);
    await context.close();
  }
});
