import { expect, test } from '@playwright/test';
import { injectTraces } from './pages/trace-drawer';
import { TraceListPage } from './pages/trace-list-page';
import { resetEmbeddedMock } from './support/mock';

test.beforeEach(async ({ page }) => {
  await page.goto('/traces');
  await resetEmbeddedMock(page);
});

const headers = (list: TraceListPage) => list.table.getByRole('columnheader').allTextContents();

test('columns are chosen and ordered, the page size is set, and both survive a reload', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  await page.getByRole('button', { name: 'Columns' }).click();
  const dialog = page.getByRole('dialog', { name: /columns|table/i });
  await dialog.getByRole('checkbox', { name: 'Trace source' }).uncheck();
  // Past the hidden Trace source, then past Rating.
  await dialog.getByRole('button', { name: 'Move Service up' }).click();
  await dialog.getByRole('button', { name: 'Move Service up' }).click();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  const request = list.nextListRequest((url) => url.searchParams.get('limit') === '20');
  await page.getByRole('combobox', { name: 'Traces per page' }).selectOption('20');
  await request;

  const expected = ['Trace name', 'Service', 'Rating', 'Resource type'];
  await expect.poll(async () => (await headers(list)).slice(1, 5)).toEqual(expected);
  expect(await headers(list)).not.toContain('Trace source');
  await expect(list.loadedCount).toContainText('20 traces loaded');

  await page.reload();
  await list.waitForRows();
  expect((await headers(list)).slice(1, 5)).toEqual(expected);
  await expect(list.loadedCount).toContainText('20 traces loaded');
});

test('a saved view reopens its filters and range from the menu, and its link can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const list = new TraceListPage(page);
  await list.open('?service_type=CTS&range=1d');
  await list.waitForRows();
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save current view' });
  await dialog.getByRole('textbox', { name: 'View name' }).fill('CTS, last day');
  await dialog.getByRole('button', { name: 'Save view' }).click();

  await list.open('');
  await expect(list.appliedFilters.getByRole('button', { name: /Service: CTS/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name: 'CTS, last day' }).click();
  await expect(page).toHaveURL(/service_type=CTS/);
  await expect(page).toHaveURL(/range=1d/);
  await expect(list.appliedFilters.getByRole('button', { name: /Service: CTS/ })).toBeVisible();

  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link to this view copied.')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/traces');
  expect(copied.searchParams.get('service_type')).toBe('CTS');
  expect(copied.searchParams.get('range')).toBe('1d');
});

test('times switch between the local zone and UTC, the zone always named', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  await expect(list.table.getByRole('columnheader', { name: /^Time \(UTC[+−]\d\d:\d\d/ })).toBeVisible();
  await page.getByRole('group', { name: 'Time zone' }).getByRole('button', { name: 'UTC', exact: true }).click();
  await expect(list.table.getByRole('columnheader', { name: 'Time (UTC)' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Time zone' }).getByRole('button', { name: 'UTC', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('auto-refresh counts newer traces without moving the rows, and shows them on request', async ({ page }) => {
  // CTS is asked every 15 s.
  test.setTimeout(60_000);
  const list = new TraceListPage(page);
  await list.open('?range=1h');
  await list.waitForRows();
  const firstBefore = await list.rows.first().getAttribute('data-trace-id');
  await page.getByRole('button', { name: 'Auto-refresh off' }).click();
  await expect(page.getByRole('button', { name: 'Auto-refresh on' })).toHaveAttribute('aria-pressed', 'true');
  const [newest] = await injectTraces(page, [{ trace_name: 'updateTracker', service_type: 'CTS', resource_type: 'tracker', resource_name: 'auto-refresh-probe', time: Date.now() }]);

  await expect(page.getByText('1 new trace since the list was loaded.')).toBeVisible({ timeout: 25_000 });
  expect(await list.rows.first().getAttribute('data-trace-id')).toBe(firstBefore);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(list.rows.first()).toHaveAttribute('data-trace-id', newest ?? '');
});

test('a custom range is applied from the date-time pickers, and one that leaves the 7 days is refused', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  await page.getByRole('button', { name: /^Time range:/ }).click();
  await page.getByRole('menuitemradio', { name: /Custom/ }).click();
  const from = list.filterPanel.getByRole('group', { name: /^From/ });
  await expect(from).toBeVisible();
  await expect(list.filterPanel.getByText('CTS keeps traces for the last 7 days: a range cannot start earlier.')).toBeVisible();

  // A year earlier: long before the 7 days CTS keeps.
  await from.getByRole('spinbutton', { name: 'Year' }).focus();
  await page.keyboard.press('ArrowDown');
  await list.filterPanel.getByRole('button', { name: 'Apply range' }).click();
  await expect(list.filterPanel.getByRole('alert')).toContainText('7 days');
  await expect(page).toHaveURL(/range=1d/);

  await from.getByRole('spinbutton', { name: 'Year' }).focus();
  await page.keyboard.press('ArrowUp');
  const request = list.nextListRequest((url) => url.searchParams.has('from') && url.searchParams.has('to'));
  await list.filterPanel.getByRole('button', { name: 'Apply range' }).click();
  await request;
  await expect(page).toHaveURL(/from=\d{13}&to=\d{13}|to=\d{13}&from=\d{13}/);
  await expect(page).not.toHaveURL(/range=/);
  // The pickers show minutes: the seconds of "now" they hold are not part of the range.
  const applied = new URL(page.url()).searchParams;
  expect(Number(applied.get('from')) % 60_000).toBe(0);
  expect(Number(applied.get('to')) % 60_000).toBe(0);
  await list.waitForRows();
});

test('on a phone the toolbar folds away its less used controls, so that traces start on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  await expect(list.rows.first()).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Columns' })).toBeHidden();

  await page.getByRole('button', { name: 'More options' }).click();
  await expect(page.getByRole('button', { name: 'Columns' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Traces per page' })).toBeVisible();
});
