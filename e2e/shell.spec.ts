import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';
import { resetEmbeddedMock, openInLiveMode } from './support/mock';

test.describe('the console shell on the embedded mock', () => {
  test.beforeEach(async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.open('/traces');
    await resetEmbeddedMock(page);
  });

  test('opens on the trace list with demo data, and says it is the mock', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/traces$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Mock/ })).toBeVisible();
    const rows = page.getByRole('table', { name: 'Traces' }).getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    await expect(page).toHaveTitle(/Traces · CTS Console/);
  });

  test('navigates between every screen, marking the current one', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.navigateTo('Trackers', 'Trackers');
    await expect(page.getByRole('table', { name: 'Trackers' }).getByRole('link', { name: 'system' })).toBeVisible();
    await shell.navigateTo('Key Event Notifications', 'Key Event Notifications');
    await expect(page.getByRole('table', { name: 'Key event notifications' }).getByText('ecs_deletions')).toBeVisible();
    await shell.navigateTo('Connection settings', 'Connection settings');
    await shell.navigateTo('Traces', 'Traces');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Connection settings' })).toBeVisible();
  });

  test('switches to the dark scheme and remembers it', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.chooseColourScheme('Dark');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.reload();
    await expect(shell.nav).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await shell.chooseColourScheme('Light');
    await expect(page.locator('html')).toHaveClass(/light/);
  });

  test('shows a 404 page inside the shell for an unknown path', async ({ page }) => {
    await page.goto('/no-such-screen');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/no-such-screen')).toBeVisible();
    await expect(new ShellPage(page).nav).toBeVisible();
  });

  test('shows a refused CTS call with its code and the IAM action, and recovers on retry', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Connection settings' })).toBeVisible();
    await page.evaluate(() =>
      fetch('/mock/faults', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ latency_ms: 0, error_rate: 0, fail_next: { status: 403, error_code: 'CTS.0013', operation_id: 'listTrackers' } }),
      }),
    );
    await new ShellPage(page).navLink('Trackers').click();
    const alert = page.getByRole('alert').filter({ hasText: 'CTS.0013' });
    await expect(alert).toContainText('No permission, Please check roles.');
    await expect(alert).toContainText('cts:tracker:list');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('table', { name: 'Trackers' })).toBeVisible();
  });
});

test.describe('route errors', () => {
  test('a screen that fails to load shows the error with a retry that recovers', async ({ page, context }) => {
    // Live mode: no service worker stands between the page and page.route.
    await openInLiveMode(context);
    let blocked = true;
    await page.route(/\/assets\/trackers-route-[^/]+\.js$/, (route) => (blocked ? route.abort() : route.continue()));
    const shell = new ShellPage(page);
    await shell.open('/traces');
    await shell.navLink('Trackers').click();
    await expect(page.getByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeVisible();
    await expect(shell.nav).toBeVisible();
    blocked = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trackers' })).toBeVisible();
  });
});
