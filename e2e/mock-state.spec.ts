import { expect, test, type Page } from '@playwright/test';
import { TraceDrawerPage } from './pages/trace-drawer';
import { TraceListPage } from './pages/trace-list-page';

const STATE_KEY = 'cts-console.mock-state.v1';
const SET_ASIDE_KEY = 'cts-console.mock-state.set-aside';
const DAY_MS = 86_400_000;
const CREATED = Date.UTC(2026, 10, 23, 2, 30);

/** Puts a value in the demo's storage before the first load only (a reload keeps what the app stored). */
async function storeOnce(page: Page, value: string) {
  await page.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem('e2e.stored-once')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('e2e.stored-once', '1');
      }
    },
    { key: STATE_KEY, value },
  );
}

test('a link to a trace shows the same trace at the same time the next day, and the traces that arrived since', async ({ page }) => {
  await page.clock.setFixedTime(CREATED);
  const list = new TraceListPage(page);
  const drawer = new TraceDrawerPage(page);
  await list.open();
  const traceId = (await drawer.rows.first().getAttribute('data-trace-id')) ?? '';
  await drawer.openLink(`trace=${traceId}`);
  const generated = (await drawer.field('Event', 'Generated').textContent()) ?? '';
  await page.goto('/trackers/system');
  const created = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Created', exact: true }) }).getByRole('cell');
  const systemCreated = (await created.textContent()) ?? '';

  await page.clock.setFixedTime(CREATED + DAY_MS + 3_600_000);
  await drawer.openLink(`trace=${traceId}`);
  await drawer.expectTraceShown(traceId);
  await expect(drawer.field('Event', 'Generated')).toHaveText(generated);
  await page.goto('/trackers/system');
  await expect(created).toHaveText(systemCreated);

  // The last hour holds traces that arrived after the first visit, as on a live account.
  await list.open('?range=1h');
  await expect(drawer.rows.first()).toBeVisible();
  const newest = await page.evaluate(async () => {
    const state = (await (await fetch('/mock/state')).json()) as { project_id: string };
    const answer = await fetch(`/v3/${state.project_id}/traces?limit=1`, { headers: { 'X-Auth-Token': 't' } });
    return ((await answer.json()) as { traces: { time: number }[] }).traces[0]?.time ?? 0;
  });
  expect(newest).toBeGreaterThan(CREATED + DAY_MS);
});

test('stored demo data of the wrong shape is set aside with a notice that says what was reset', async ({ page }) => {
  await storeOnce(page, '{"version":1}');
  const list = new TraceListPage(page);
  await list.open();
  const notice = page.getByRole('alert').filter({ hasText: 'Demo data reset' });
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText('trackers, notifications, tags and injected traces');
  await expect(new TraceDrawerPage(page).rows.first()).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY)).toBe('{"version":1}');
  await page.screenshot({ path: '/tmp/mock-shots/notice-light.png' });

  await notice.getByRole('button', { name: 'Close' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(list.heading).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Demo data reset' })).toHaveCount(0);
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('the demo cannot start: the screen names the cause and offers to reset the demo data', async ({ page }) => {
    await page.goto('/traces');
    await expect(page.getByRole('heading', { level: 1, name: 'The demo data could not be started' })).toBeVisible();
    await expect(page.getByText('The browser did not start the demo’s service worker')).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/mock-shots/start-failed-dark.png' });

    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The demo data could not be started' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY)).toContain('"version":2');
  });
});
