import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';
import { MOCK_SERVER_URL, openInLiveMode } from './support/mock';

test('connects to the standalone mock server in Live mode and lists its trackers', async ({ page, request }) => {
  expect((await request.post(`${MOCK_SERVER_URL}/mock/reset`, { data: {} })).status()).toBe(204);
  const shell = new ShellPage(page);
  await shell.open('/settings');

  await page.getByRole('radio', { name: 'Live CTS endpoint' }).check();
  await page.getByRole('textbox', { name: 'Endpoint URL' }).fill(MOCK_SERVER_URL);
  await page.getByRole('textbox', { name: 'Region' }).fill('ap-southeast-1');
  await page.getByRole('textbox', { name: 'Project ID' }).fill('0123456789abcdef0123456789abcdef');
  await page.getByRole('textbox', { name: 'Account (domain) ID' }).fill('fedcba9876543210fedcba9876543210');
  await page.getByLabel('IAM token').fill('a-live-token');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/traces$/);
  await expect(page.getByRole('link', { name: /Live/ })).toContainText('127.0.0.1');
  const token = await page.evaluate(() => ({ local: JSON.stringify(localStorage), session: sessionStorage.getItem('cts-console.token.v1') }));
  expect(token.local).not.toContain('a-live-token');
  expect(token.session).toBe('a-live-token');

  const trackerCall = page.waitForRequest((call) => call.url().startsWith(`${MOCK_SERVER_URL}/v3/0123456789abcdef0123456789abcdef/trackers`));
  await shell.navigateTo('Trackers', 'Trackers');
  expect((await trackerCall).headers()['x-auth-token']).toBe('a-live-token');
  const table = page.getByRole('table', { name: 'Trackers' });
  await expect(table.getByRole('link', { name: 'system' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'finance-reads' })).toBeVisible();

  // A write goes through the same client: the PUT reaches the server and the row refetches.
  const toggle = page.getByRole('switch', { name: 'Enable tracker finance-reads' });
  await expect(toggle).toBeChecked();
  const update = page.waitForRequest((call) => call.method() === 'PUT' && call.url().endsWith('/tracker'));
  await toggle.click();
  expect((await update).postDataJSON()).toMatchObject({ tracker_name: 'finance-reads', tracker_type: 'data', status: 'disabled' });
  await expect(toggle).not.toBeChecked();
  const stored = await request.get(`${MOCK_SERVER_URL}/v3/p/trackers?tracker_name=finance-reads`, { headers: { 'X-Auth-Token': 't' } });
  expect(((await stored.json()) as { trackers: { status: string }[] }).trackers[0]?.status).toBe('disabled');
});

test('in Live mode the first screen downloads none of the mock; in Mock mode it does', async ({ browser }) => {
  const scriptsLoaded = async (live: boolean): Promise<string[]> => {
    const context = await browser.newContext();
    if (live) {
      await openInLiveMode(context);
    }
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') {
        scripts.push(new URL(request.url()).pathname);
      }
    });
    await page.goto('/traces');
    await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await context.close();
    return scripts;
  };
  // The mock (handlers, data generator, catalog) is the chunk built from src/mocks/browser.ts.
  const mockChunk = /\/assets\/browser-[^/]+\.js$/;
  expect((await scriptsLoaded(true)).filter((path) => mockChunk.test(path))).toEqual([]);
  expect((await scriptsLoaded(false)).some((path) => mockChunk.test(path))).toBe(true);
});

test('Live mode: volume over time reads the account only when asked, in the place kept for it', async ({ page, context, request }) => {
  expect((await request.post(`${MOCK_SERVER_URL}/mock/reset`, { data: {} })).status()).toBe(204);
  await openInLiveMode(context);
  const traceCalls: string[] = [];
  page.on('request', (call) => {
    if (call.url().startsWith(`${MOCK_SERVER_URL}/v3/`) && call.url().includes('/traces')) {
      traceCalls.push(call.url());
    }
  });
  await page.goto('/traces');
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
  const panel = page.getByRole('region', { name: 'Volume over time' });
  const place = await panel.boundingBox();
  const scan = panel.getByRole('button', { name: 'Scan traces for volume and top values' });
  await expect(scan).toBeVisible();
  // The list's first page only: no scan has read the account.
  expect(traceCalls).toHaveLength(1);

  await scan.click();
  await expect(panel.getByTestId('scan-scope')).toHaveText(/^Scanned [\d,]+ traces, .+, complete\.$/, { timeout: 20_000 });
  await expect(panel.getByRole('img', { name: /Traces over time/ })).toBeVisible();
  expect(traceCalls.length).toBeGreaterThan(1);
  expect(await panel.boundingBox()).toEqual(place);
});

test('Live mode with an IAM token reads the archive as that user: temporary credentials from IAM, signed by the console’s proxy', async ({ page }) => {
  // DuckDB starts in the page, then reads two days of the management tracker's files.
  test.setTimeout(150_000);
  await page.addInitScript(
    ({ endpoint }) => {
      localStorage.setItem(
        'cts-console.connection.v1',
        JSON.stringify({ mode: 'live', endpoint, iamEndpoint: endpoint, region: 'ap-southeast-1', projectId: 'e2e-project', domainId: 'e2e-domain', useProxy: true }),
      );
      sessionStorage.setItem('cts-console.token.v1', 'e2e-token');
    },
    { endpoint: MOCK_SERVER_URL },
  );
  const credentialCalls: string[] = [];
  const reads: Record<string, string>[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/OS-CREDENTIAL/securitytokens')) {
      credentialCalls.push(request.headers()['x-auth-token'] ?? '');
    } else if (request.url().includes('/obs-proxy/')) {
      reads.push(request.headers());
    }
  });
  await page.goto('/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  await page.getByLabel('From').fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Query', exact: true }).click();
  await expect(page.getByTestId('archive-scope')).toHaveText(/^[1-9][\d,]* files, [\d,]+ traces, .+, complete$/, { timeout: 120_000 });
  // A trace's drawer reads it whole from its object, the same way (and with the same credentials).
  const readsBefore = reads.length;
  await page.getByRole('table', { name: 'Archived traces' }).getByRole('button', { name: /^Open trace / }).first().click();
  await expect(page.getByRole('dialog', { name: 'Archived trace' }).getByRole('group', { name: 'Trace fields' })).toContainText('"trace_id"');
  expect(reads.length).toBe(readsBefore + 1);
  expect(credentialCalls).toEqual(['e2e-token']);
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((headers) => headers['x-temporary-access-key'] !== undefined && headers['x-security-token'] !== undefined && headers['x-auth-token'] === undefined)).toBe(true);
});
