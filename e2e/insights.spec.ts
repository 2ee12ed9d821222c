import { expect, test } from '@playwright/test';
import { InsightsPage } from './pages/insights-page';
import { TraceListPage } from './pages/trace-list-page';
import { expectNoSeriousViolations } from './support/axe';
import { controlMock, resetEmbeddedMock } from './support/mock';

// Every test waits for the scan of up to 20,000 traces, page by page: long on a busy machine.
test.slow(true, 'the scan reads up to 20,000 traces');

test.beforeEach(async ({ page }) => {
  await page.goto('/insights');
  await resetEmbeddedMock(page);
});

test('the planted night-time deletion burst is a finding, and its link shows its traces', async ({ page }) => {
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.waitForScan();
  // The demo week moves with the clock: a background deletion of m.rossi nearby may join the run of 8.
  const burst = insights.findings.getByRole('listitem').filter({ hasText: /\d+ deletions by m\.rossi in \d+ min/ }).filter({ hasText: '198.18.77.201' });
  await burst.getByRole('link', { name: /Show the \d+ evidence traces/ }).click();

  await expect(page).toHaveURL(/\/traces\?user=m\.rossi&from=\d{13}&to=\d{13}$/);
  const list = new TraceListPage(page);
  await list.waitForRows();
  const names = await list.columnTexts('Trace name');
  expect(names.filter((name) => name.startsWith('delete')).length).toBeGreaterThanOrEqual(8);
  expect(names).toEqual(expect.arrayContaining(['deleteServer', 'deleteImage', 'deleteCheckpointItem']));
});

test('the tracker disabled and the notification deleted by an agency are findings too, and the scan can be cancelled', async ({ page }) => {
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.waitForScan();
  await expect(insights.findings.getByRole('listitem').filter({ hasText: 'Tracker system disabled' })).toContainText(/Re-enabled 3 h 43 min later by sre\.oncall/);
  await expect(insights.findings.getByRole('listitem').filter({ hasText: 'Key event notification critical_ops_alerts deleted' })).toBeVisible();

  await controlMock(page, 'PUT', '/mock/faults', { latency_ms: 300, error_rate: 0, fail_next: null });
  await page.getByRole('combobox', { name: 'Time range' }).click();
  await page.getByRole('option', { name: 'Last day' }).click();
  await expect(insights.scope).toHaveText(/^Reading traces: /);
  await page.getByRole('button', { name: 'Cancel scan' }).click();
  await expect(insights.scope).toHaveText(/^Scan cancelled after [\d,]+ traces; showing the previous scan: [\d,]+ traces, .+, complete\.$/);
});

test('dragging across the histogram narrows the trace list to that time range', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1w');
  const insights = new InsightsPage(page);
  await insights.waitForScan();
  await insights.dragHistogram(0.5, 0.7);
  await expect(page).toHaveURL(/[?&]from=\d{13}&to=\d{13}/);
  const url = new URL(page.url());
  const from = Number(url.searchParams.get('from'));
  const to = Number(url.searchParams.get('to'));
  expect(to - from).toBeGreaterThan(20 * 3_600_000);
  expect(to - from).toBeLessThan(40 * 3_600_000);
  await list.waitForRows();
  // The panel scans the narrowed range.
  await insights.waitForScan();
});

test('a top value filters the list: by the API filter when CTS has one, by the quick filter for a source IP', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  const insights = new InsightsPage(page);
  await insights.waitForScan();
  await page.getByRole('button', { name: 'Top values' }).click();

  const service = page.getByRole('button', { name: /^Service ECS: \d+ traces/ });
  await service.click();
  await expect(page).toHaveURL(/service_type=ECS/);
  await expect(list.appliedFilters.getByRole('button', { name: 'Service: ECS, remove' })).toBeVisible();
  await list.waitForRows();
  expect(new Set(await list.columnTexts('Service'))).toEqual(new Set(['ECS']));

  await insights.waitForScan();
  const ip = page.getByRole('button', { name: /^Source IP [\d.]+: \d+ traces.*Quick-filter/ }).first();
  const address = (await ip.getAttribute('aria-label'))?.match(/^Source IP ([\d.]+):/)?.[1] ?? '';
  await ip.click();
  await expect(page.getByRole('searchbox', { name: /Quick filter/ })).toHaveValue(address);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the insights page has no serious or critical axe violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const insights = new InsightsPage(page);
    await insights.open();
    await insights.waitForScan();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(page.getByRole('table', { name: 'Traces over time' })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('the management tracker\'s timeline shows its disable and re-enable, each with what it changed', async ({ page }) => {
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.waitForScan();
  await insights.findings.getByRole('link', { name: 'Resource timeline of “Tracker system disabled”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resource timeline: system' })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const disable = timeline.getByRole('listitem', { name: 'updateTracker by ops-admin' }).filter({ has: page.getByRole('cell', { name: '"disabled"' }) });
  await expect(disable.getByRole('row', { name: /^status .* "disabled"$/ })).toBeVisible();
  const reEnable = timeline.getByRole('listitem', { name: 'updateTracker by sre.oncall' }).filter({ has: page.getByRole('row', { name: 'status "disabled" "enabled"' }) });
  await expect(reEnable).toHaveCount(1);

  await page.getByRole('textbox', { name: 'Resource ID' }).fill('no-such-resource');
  await page.getByRole('button', { name: 'Show timeline' }).click();
  await expect(page.getByText('No trace of this resource in the last 7 days')).toBeVisible();
});

test('a posture fix opens the tracker form with the change made and nothing saved', async ({ page }) => {
  await page.goto('/trackers');
  const posture = page.getByRole('region', { name: 'Audit posture' });
  await expect(posture.getByRole('listitem', { name: 'finance-reads: 2 of 4 practices' })).toBeVisible();
  await posture.getByRole('link', { name: 'Fix retention of at least 180 days of finance-reads' }).click();

  await expect(page).toHaveURL(/\/trackers\/finance-reads\/edit\?fix=retention$/);
  await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'the change is made below and not saved yet' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Keep trace files for' })).toHaveText('180 days');
  // Nothing saved: the list still rates the tracker as before, and leaving the form asks first.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/\/trackers\/finance-reads$/);
  await page.goto('/trackers');
  await expect(page.getByRole('region', { name: 'Audit posture' }).getByRole('listitem', { name: 'finance-reads: 2 of 4 practices' })).toBeVisible();
});

test('a notification with no topic is flagged as never firing, with a link to it', async ({ page }) => {
  await page.goto('/notifications');
  const notice = page.getByRole('region', { name: 'Notifications that can never fire' });
  await expect(notice).toContainText('1 notification can never fire');
  await expect(notice.getByRole('listitem')).toHaveText(/: no SMN topic to publish to\.$/);
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/notifications\/c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f$/);
});
