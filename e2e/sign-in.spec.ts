import { type Page, expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';
import { MOCK_SERVER_URL } from './support/mock';
import { DEMO_MFA_SECRET, DEMO_MFA_USER } from '../src/mocks/iam/demo-sign-in';
import { base32Decode, totpCode } from '../src/mocks/iam/totp';

/** Live mode as a new user reaches it: the IAM sign-in of the settings, through the console's proxy, against the standalone mock's IAM. */
async function signIn(page: Page, password: string, userName = 'alice.chen') {
  const form = page.getByRole('form', { name: 'Sign in with an IAM user' });
  await form.getByRole('radio', { name: /custom endpoint/i }).check();
  await form.getByRole('textbox', { name: /Custom endpoint URL/ }).fill(MOCK_SERVER_URL);
  await form.getByRole('textbox', { name: /Account name/ }).fill('acme-retail');
  await form.getByRole('textbox', { name: /IAM user name/ }).fill(userName);
  await form.getByLabel(/Password/).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('signs in with the demo IAM user, switches project from the header, and comes back after the sign-in expires', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/settings');
  await page.getByRole('button', { name: 'Sign in to a live account' }).click();

  await signIn(page, 'wrong-password');
  await expect(page.getByText('The username or password is wrong.')).toBeVisible();
  await expect(page.getByText('IAM.0011')).toBeVisible();

  // From the demo page the sign-in passes through the embedded mock's service worker to the proxy
  // (the form's proxy switch is on), so Playwright sees it as the worker's request: the outcome tells.
  await signIn(page, 'demo-password');
  await expect(page).toHaveURL(/\/traces$/);
  await expect(page.getByRole('link', { name: /Live · 127\.0\.0\.1/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain('demo-password');

  await shell.navigateTo('Trackers', 'Trackers');
  await page.getByRole('button', { name: 'Switch region and project' }).click();
  await page.getByRole('menuitem', { name: /CN North-Beijing4 \(cn-north-4\)/ }).click();
  await expect(page.getByRole('link', { name: /Live · 127\.0\.0\.1/ })).toContainText('cn-north-4');
  await expect(page).toHaveURL(/\/trackers$/);
  await expect(page.getByRole('table', { name: 'Trackers' }).getByRole('link', { name: 'system' })).toBeVisible();

  // The token lapses while the user is away: the next screen asks for a new sign-in and comes back to it.
  await page.evaluate(() => sessionStorage.setItem('cts-console.token-expiry.v1', String(Date.now() - 1000)));
  await page.goto('/trackers?tracker_type=data');
  await expect(page).toHaveURL(/\/settings\?reason=expired&from=%2Ftrackers%3Ftracker_type%3Ddata$/);
  await expect(page.getByText('Your IAM sign-in expired. Sign in again to go back where you were.')).toBeVisible();
  await signIn(page, 'demo-password');
  await expect(page).toHaveURL(/\/trackers\?tracker_type=data$/);
  await expect(page.getByRole('table', { name: 'Trackers' }).getByRole('link', { name: 'finance-reads' })).toBeVisible();
});

test('a user with virtual-MFA login protection signs in with the code an authenticator app shows', async ({ page }) => {
  await new ShellPage(page).open('/settings');
  await page.getByRole('button', { name: 'Sign in to a live account' }).click();
  await signIn(page, 'demo-password', DEMO_MFA_USER);
  await expect(page.getByText(/turn it on above and enter the user ID and the current code/)).toBeVisible();

  const form = page.getByRole('form', { name: 'Sign in with an IAM user' });
  await form.getByRole('switch', { name: /virtual MFA device/ }).check();
  await form.getByRole('textbox', { name: /IAM user ID/ }).fill('1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10');
  await form.getByRole('textbox', { name: /MFA code/ }).fill(await totpCode(base32Decode(DEMO_MFA_SECRET), Date.now()));
  await signIn(page, 'demo-password', DEMO_MFA_USER);
  await expect(page).toHaveURL(/\/traces$/);
  await expect(page.getByRole('table', { name: 'Traces' }).getByRole('row').nth(1)).toBeVisible();
});

test('a fresh Live tab without a token asks to sign in instead of blaming CTS', async ({ page }) => {
  await page.addInitScript((endpoint) => {
    localStorage.setItem('cts-console.connection.v1', JSON.stringify({ mode: 'live', endpoint, region: 'ap-southeast-1', projectId: 'p', domainId: 'd', useProxy: true }));
  }, MOCK_SERVER_URL);
  const ctsCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/v3/')) {
      ctsCalls.push(request.url());
    }
  });
  await page.goto('/traces');
  await expect(page).toHaveURL(/\/settings\?reason=no-token&from=%2Ftraces$/);
  await expect(page.getByText(/No token was sent: the console is not signed in/)).toBeVisible();
  expect(ctsCalls).toEqual([]);
});
