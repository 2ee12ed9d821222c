import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { CONSOLE_PORT, DIST, MOCK_SERVER_PORT } from '../playwright.config';
import { startServer, stopServer } from './support/processes';

/**
 * Server-side AK/SK signing end to end: the production server started with a key pair signs each
 * CTS call; the standalone mock, started with the same pair, verifies the signature. A second
 * server holds a wrong secret. Ports next to the suite's own, so that checkouts can run side by side.
 */
const KEYS = { accessKey: 'E2ESIGNINGACCESSKEY', secretKey: 'e2e-signing-secret' };
const SIGNED_MOCK = `http://127.0.0.1:${MOCK_SERVER_PORT + 1}`;
const SIGNING_CONSOLE = `http://127.0.0.1:${CONSOLE_PORT + 1}`;
const WRONG_SECRET_CONSOLE = `http://127.0.0.1:${CONSOLE_PORT + 2}`;

const servers: ChildProcess[] = [];

function consoleServer(origin: string, secretKey: string) {
  const port = new URL(origin).port;
  return startServer('npm', ['run', 'serve', '--', '--port', port, '--dist', DIST, '--allow-target', SIGNED_MOCK], `${origin}/console-config.json`, {
    HUAWEICLOUD_SDK_AK: KEYS.accessKey,
    HUAWEICLOUD_SDK_SK: secretKey,
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const mockPort = new URL(SIGNED_MOCK).port;
  servers.push(
    ...(await Promise.all([
      startServer('npx', ['tsx', 'src/mocks/standalone.ts', '--port', mockPort, '--volume', '2000', '--ak', KEYS.accessKey, '--sk', KEYS.secretKey], `${SIGNED_MOCK}/mock/state`),
      consoleServer(SIGNING_CONSOLE, KEYS.secretKey),
      consoleServer(WRONG_SECRET_CONSOLE, 'not-the-secret'),
    ])),
  );
});

test.afterAll(() => {
  servers.forEach(stopServer);
});

/** Live mode on the signed mock, with the server's credentials, as a user would set it. */
async function connectWithServerCredentials(page: Page, origin: string) {
  await page.goto(`${origin}/settings`);
  await page.getByRole('radio', { name: 'Live CTS endpoint' }).check();
  await page.getByRole('textbox', { name: 'Endpoint URL' }).fill(SIGNED_MOCK);
  await page.getByRole('textbox', { name: 'Region' }).fill('ap-southeast-1');
  await page.getByRole('textbox', { name: 'Project ID' }).fill('0123456789abcdef0123456789abcdef');
  await page.getByRole('textbox', { name: 'Account (domain) ID' }).fill('fedcba9876543210fedcba9876543210');
  await page.getByRole('radio', { name: 'Credentials held by the server' }).check();
  await expect(page.getByLabel('IAM token')).toBeHidden();
  await page.getByRole('button', { name: 'Save' }).click();
}

test('the server signs with its key pair: the trace list renders and the browser sends no token', async ({ page }) => {
  const proxied: Record<string, string>[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/cts-proxy/v3/')) {
      proxied.push(request.headers());
    }
  });
  await connectWithServerCredentials(page, SIGNING_CONSOLE);

  await expect(page).toHaveURL(/\/traces$/);
  const table = page.getByRole('table', { name: 'Traces' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  expect(proxied.length).toBeGreaterThan(0);
  expect(proxied.every((headers) => headers['x-auth-token'] === undefined && headers.authorization === undefined)).toBe(true);

  await page.getByRole('link', { name: /Live/ }).click();
  await expect(page.getByRole('radio', { name: 'Credentials held by the server' })).toBeChecked();
  await page.screenshot({ path: '/tmp/server-shots/settings-server-credentials.png', fullPage: true });
});

test('with a wrong secret the console shows the 401 the endpoint answers', async ({ page }) => {
  const refused = page.waitForResponse((response) => response.url().includes('/cts-proxy/v3/') && response.status() === 401);
  await connectWithServerCredentials(page, WRONG_SECRET_CONSOLE);

  expect(await (await refused).json()).toMatchObject({ error_code: 'APIGW.0301' });
  await expect(page).toHaveURL(/\/settings\?reason=refused&from=%2Ftraces$/);
  await expect(page.getByText('CTS rejected the credentials held by the server (401).', { exact: false })).toBeVisible();
  await page.screenshot({ path: '/tmp/server-shots/settings-server-credentials-401.png', fullPage: true });
});

test('the archive is read through the server’s OBS proxy, signed there: the browser sends no credential', async ({ page }) => {
  // DuckDB starts in the page, then reads two days of the management tracker's files.
  test.setTimeout(150_000);
  const reads: Record<string, string>[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/obs-proxy/')) {
      reads.push(request.headers());
    }
  });
  await connectWithServerCredentials(page, SIGNING_CONSOLE);
  await expect(page).toHaveURL(/\/traces$/);
  await page.goto(`${SIGNING_CONSOLE}/archive`);
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  await page.getByLabel('From').fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Query', exact: true }).click();
  await expect(page.getByTestId('archive-scope')).toHaveText(/^[1-9][\d,]* files, [\d,]+ traces, .+, complete$/, { timeout: 120_000 });
  await expect(page.getByRole('table', { name: 'Archived traces' }).getByRole('row').nth(1)).toBeVisible();
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((headers) => headers['x-cts-target'] === SIGNED_MOCK && headers.authorization === undefined && headers['x-auth-token'] === undefined)).toBe(true);
});
