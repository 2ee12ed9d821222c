import { expect, test } from '@playwright/test';
import { type ListTracesAnswer, TraceListPage } from './pages/trace-list-page';
import { resetEmbeddedMock } from './support/mock';

test.beforeEach(async ({ page }) => {
  await page.goto('/traces');
  await resetEmbeddedMock(page);
});

/**
 * Applies a filter through the UI and checks the list against the mock: the app's request carries
 * the API parameters expected, and the rows drawn are the first traces of the mock's own answer to
 * that query, asked directly from the page.
 */
async function expectRowsAsMockSays(list: TraceListPage, expected: Record<string, string>, apply: () => Promise<void>): Promise<ListTracesAnswer> {
  // The list's own page (50, its default size): the volume panel's scan asks for the same filters 200 at a time.
  const listPage = { ...expected, limit: '50' };
  const request = list.nextListRequest((url) => Object.entries(listPage).every(([name, value]) => url.searchParams.get(name) === value));
  await apply();
  const url = new URL((await request).url());
  const answer = await list.queryMock(url.pathname, Object.fromEntries(url.searchParams));
  if (answer.traces.length === 0) {
    await expect(list.page.getByText(/No trace matches these filters|No traces in this time range/)).toBeVisible();
    return answer;
  }
  await expect.poll(async () => (await list.shownTraceIds())[0]).toBe(answer.traces[0]?.trace_id);
  const shown = await list.shownTraceIds();
  expect(shown).toEqual(answer.traces.slice(0, shown.length).map((trace) => trace.trace_id));
  return answer;
}

test('each management filter narrows the list as the mock answers it', async ({ page }) => {
  // Five filters, each compared with the mock's own answer over a week of traces: about 30 s alone.
  test.setTimeout(90_000);
  const list = new TraceListPage(page);
  await list.open('?range=1w');
  await list.waitForRows();
  await list.openFilters();
  const all = await expectRowsAsMockSays(list, { trace_rating: 'warning' }, () => list.pick('Rating', /Warning/));
  expect(all.traces.every((trace) => trace.trace_rating === 'warning')).toBe(true);
  await list.appliedFilters.getByRole('button', { name: /Rating: warning/ }).press('Delete');
  await expect(list.appliedFilters.getByRole('button', { name: /Rating/ })).toHaveCount(0);

  const services = await expectRowsAsMockSays(list, { service_type: 'CTS' }, () => list.pick('Service', 'CTS'));
  expect(services.traces.every((trace) => trace.service_type === 'CTS')).toBe(true);
  const sample = services.traces[0];
  expect(sample).toBeDefined();

  const byName = await expectRowsAsMockSays(list, { resource_name: sample?.resource_name ?? '' }, () => list.setText('Resource name', sample?.resource_name ?? ''));
  expect(byName.traces.every((trace) => trace.resource_name === sample?.resource_name)).toBe(true);
  expect(byName.traces.length).toBeLessThanOrEqual(services.traces.length);

  const user = sample?.user?.name ?? '';
  await expectRowsAsMockSays(list, { user }, async () => {
    const field = list.filterPanel.getByRole('combobox', { name: 'User', exact: true });
    await field.fill(user);
    await field.press('Enter');
  });
  await expect(list.appliedFilters.getByRole('button', { name: `User: ${user}, remove` })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(list.appliedFilters.getByRole('button', { name: /remove/ })).toHaveCount(0);
});

test('service → resource type → trace name pickers depend on each other, and a trace name alone fills the rest', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1w');
  await list.openFilters();
  await list.pick('Service', 'CTS');
  await list.filterPanel.getByRole('combobox', { name: 'Resource type', exact: true }).click();
  // The autocomplete's list, not the page size select's options.
  const types = await page.getByRole('listbox').getByRole('option').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(types).toEqual(expect.arrayContaining(['tracker']));
  await page.getByRole('option', { name: 'tracker', exact: true }).click();
  await list.filterPanel.getByRole('combobox', { name: 'Trace name', exact: true }).click();
  const names = await page.getByRole('listbox').getByRole('option').allTextContents();
  expect(names.every((name) => name.includes('CTS / tracker'))).toBe(true);
  await page.keyboard.press('Escape');

  await page.goto('/traces?range=1w');
  await list.openFilters();
  await expectRowsAsMockSays(list, { trace_name: 'deleteTracker', service_type: 'CTS', resource_type: 'tracker' }, async () => {
    await list.filterPanel.getByRole('combobox', { name: 'Trace name', exact: true }).fill('deleteTracker');
    await page.getByRole('option', { name: /^deleteTracker.*CTS \/ tracker/ }).click();
  });
  await expect(list.filterPanel.getByRole('combobox', { name: 'Service', exact: true })).toHaveValue('CTS');
  await expect(list.filterPanel.getByRole('combobox', { name: 'Resource type', exact: true })).toHaveValue('tracker');
});

test('data traces: all data trackers or one; management-only filters disabled with the reason', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1w');
  await list.openFilters();
  await expectRowsAsMockSays(list, { trace_type: 'data' }, () => list.filterPanel.getByRole('radio', { name: 'Data' }).click());
  await expect(list.filterPanel.getByRole('radio', { name: 'Data' })).toBeChecked();
  await expect(list.filterPanel.getByRole('combobox', { name: 'Service', exact: true })).toBeDisabled();
  await expect(list.filterPanel.getByText(/management traces only/).first()).toBeVisible();
  await expect(list.filterPanel.getByRole('textbox', { name: 'Access key ID', exact: true })).toBeEnabled();
  await list.filterPanel.getByRole('combobox', { name: 'Data tracker' }).click();
  const trackers = page.getByRole('listbox').getByRole('option');
  await expect(trackers.nth(1)).toBeVisible();
  const tracker = (await trackers.nth(1).textContent()) ?? '';
  await expectRowsAsMockSays(list, { trace_type: 'data', tracker_name: tracker }, () => trackers.nth(1).click());
  expect(new URL(page.url()).searchParams.get('tracker_name')).toBe(tracker);
});

test('access key and enterprise project IDs narrow the list; a trace ID sets every other criterion aside', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  const project = await page.evaluate(async () => {
    const state = (await (await fetch('/mock/state')).json()) as { project_id: string };
    return state.project_id;
  });
  const base = await list.queryMock(`/v3/${project}/traces`, { limit: '50', from: String(Date.now() - 86_400_000), to: String(Date.now()) });
  const accessKey = base.traces.find((trace) => trace.user?.access_key_id)?.user?.access_key_id ?? '';
  expect(accessKey).not.toBe('');
  await list.openFilters();
  await expectRowsAsMockSays(list, { access_key_id: accessKey }, () => list.setText('Access key ID', accessKey));
  await list.appliedFilters.getByRole('button', { name: /Access key ID/ }).press('Delete');

  const enterpriseProject = base.traces.find((trace) => trace.enterprise_project_id)?.enterprise_project_id ?? '';
  expect(enterpriseProject).not.toBe('');
  await expectRowsAsMockSays(list, { enterprise_project_id: enterpriseProject }, () => list.setText('Enterprise project ID', enterpriseProject));
  await list.appliedFilters.getByRole('button', { name: /Enterprise project ID/ }).press('Delete');

  const target = base.traces[3] ?? base.traces[0];
  await list.setText('Resource name', 'not-this-one');
  const lookup = await expectRowsAsMockSays(list, { trace_id: target?.trace_id ?? '' }, () => list.setText('Trace ID', target?.trace_id ?? ''));
  expect(lookup.traces.map((trace) => trace.trace_id)).toEqual([target?.trace_id]);
  await expect(page.getByText(/the time range and every other filter are set aside/)).toBeVisible();
  await expect(list.appliedFilters.getByRole('button', { name: /Resource name: not-this-one \(set aside\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /set aside by the trace ID/ })).toBeVisible();
});

test('a pasted link restores the filters, the range and the open drawer; a malformed one falls back with a notice', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?service_type=CTS&range=1w');
  await list.waitForRows();
  const traceId = (await list.shownTraceIds())[1] ?? '';
  await page.goto(`/traces?service_type=CTS&range=1w&trace=${traceId}`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.locator(`.trace-body [data-trace-id="${traceId}"]`)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/trace=/);
  await expect(list.appliedFilters.getByRole('button', { name: 'Service: CTS, remove' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Time range: Last 1 week/ })).toBeVisible();

  await list.open('?trace_rating=terrible&from=12&to=34');
  await expect(page.getByText(/Ignored trace_rating=“terrible”/)).toBeVisible();
  await expect(page).toHaveURL(/\/traces$/);
  await list.waitForRows();
});

test('load more pages through next = marker to a clear end', async ({ page }) => {
  const list = new TraceListPage(page);
  await page.evaluate(() => localStorage.setItem('cts-console.traces.preferences.v1', JSON.stringify({ pageSize: 200 })));
  await list.open('?range=1d&service_type=CTS');
  await list.waitForRows();
  let pages = 1;
  while (await list.loadMore.isVisible()) {
    const next = list.nextListRequest((url) => url.searchParams.has('next'));
    await list.loadMore.click();
    await next;
    pages += 1;
    expect(pages).toBeLessThan(60);
  }
  await expect(list.loadedCount).toContainText('End of the list');
  const loaded = Number(/(\d+) traces? loaded/.exec((await list.loadedCount.textContent()) ?? '')?.[1]);
  expect(loaded).toBeGreaterThan(0);
  await expect(list.table).toHaveAttribute('aria-rowcount', String(loaded + 1));
});
