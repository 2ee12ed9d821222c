import { expect, test } from '@playwright/test';
import { HOSTILE, TraceDrawerPage, callCts, injectTraces } from './pages/trace-drawer';
import { expectNoSeriousViolations } from './support/axe';
import { resetEmbeddedMock } from './support/mock';

test.beforeEach(async ({ page }) => {
  await page.goto('/traces');
  // The app renders once the in-page mock runs: from then on the page's fetches reach it.
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await resetEmbeddedMock(page);
});

test('a pasted link opens the list with that trace in the drawer, every field grouped', async ({ page }) => {
  const drawer = new TraceDrawerPage(page);
  const [traceId] = await injectTraces(page, [
    { trace_name: 'rebootServer', service_type: 'ECS', resource_type: 'ecs', resource_id: 'srv-e2e', code: '200', user: { name: 'e2e-auditor' } },
  ]);
  await drawer.openLink(`trace=${traceId}`);
  await expect(drawer.heading).toHaveText('rebootServer');
  await drawer.expectTraceShown(traceId as string);
  for (const group of ['Event', 'Resource', 'Identity', 'Network']) {
    await expect(drawer.group(group)).toBeVisible();
  }
  await expect(drawer.field('Event', 'HTTP code')).toHaveText('200');
  await expect(drawer.field('Identity', 'User name')).toHaveText('e2e-auditor');
  await expect(drawer.field('Resource', 'Resource ID')).toHaveText('srv-e2e');
  await expect(drawer.field('Event', 'Generated')).toContainText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} UTC/);
  await expect(drawer.drawer.getByRole('group', { name: 'request' })).toBeVisible();
});

test('a row opens the drawer by click or Enter; j and k move through the list; Escape closes', async ({ page }) => {
  const drawer = new TraceDrawerPage(page);
  await page.goto('/traces');
  await expect(drawer.rows.first()).toBeVisible();
  const ids = await drawer.rows.evaluateAll((rows) => rows.slice(0, 3).map((row) => row.getAttribute('data-trace-id') ?? ''));
  await drawer.rows.first().click();
  await drawer.expectTraceShown(ids[0] as string);
  await page.keyboard.press('j');
  await drawer.expectTraceShown(ids[1] as string);
  await drawer.button('Next trace (j)').click();
  await drawer.expectTraceShown(ids[2] as string);
  await page.keyboard.press('k');
  await drawer.expectTraceShown(ids[1] as string);
  await page.keyboard.press('Escape');
  await expect(drawer.drawer).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]trace=/);
  await drawer.rows.first().focus();
  await page.keyboard.press('Enter');
  await drawer.expectTraceShown(ids[0] as string);
});

test('"what changed" compares an updateTracker trace with the create this test made', async ({ page }) => {
  const drawer = new TraceDrawerPage(page);
  const created = await callCts(page, 'POST', '/v3/{project_id}/tracker', {
    tracker_type: 'data',
    tracker_name: 'e2e-diff',
    is_lts_enabled: false,
    data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['READ'] },
  });
  expect(created.status).toBe(201);
  const updated = await callCts(page, 'PUT', '/v3/{project_id}/tracker', {
    tracker_type: 'data',
    tracker_name: 'e2e-diff',
    is_lts_enabled: true,
    data_bucket: { data_event: ['READ', 'WRITE'] },
  });
  expect(updated.status).toBe(200);
  const traces = await callCts(page, 'GET', '/v3/{project_id}/traces?trace_name=updateTracker&resource_name=e2e-diff&limit=1');
  const updateId = (JSON.parse(traces.text) as { traces: { trace_id: string }[] }).traces[0]?.trace_id ?? '';
  expect(updateId).not.toBe('');

  await drawer.openLink(`trace=${updateId}`);
  await expect(drawer.heading).toHaveText('updateTracker');
  await expect(drawer.changedFields()).toHaveText([
    /Field.*Change.*Before.*After/,
    /^is_lts_enabled~ Changedfalsetrue$/,
    /^data_bucket\.data_bucket_name− Removed"ml-training-data"—$/,
    /^data_bucket\.data_event~ Changed\["READ"\]\["READ","WRITE"\]$/,
  ]);
  await expect(drawer.drawer.getByText(/Compared with the previous setting of this resource: createTracker at/)).toBeVisible();
});

test('"all traces of this resource" sets the list\'s filters from the open trace', async ({ page }) => {
  const drawer = new TraceDrawerPage(page);
  const [traceId] = await injectTraces(page, [
    { trace_name: 'rebootServer', service_type: 'ECS', resource_type: 'ecs', resource_id: 'srv-related-e2e', user: { name: 'e2e-auditor' } },
  ]);
  await drawer.openLink(`trace=${traceId}`);
  await drawer.button('All traces of this resource').click();
  await expect(page).toHaveURL(/[?&]resource_id=srv-related-e2e/);
  await expect(page).toHaveURL(/[?&]service_type=ECS/);
  await expect(page.locator(`[role="row"][data-trace-id="${traceId}"]`)).toBeVisible();
});

test('hostile trace content renders as inert text', async ({ page }) => {
  const drawer = new TraceDrawerPage(page);
  const [traceId] = await injectTraces(page, [
    {
      trace_name: 'updateServer',
      service_type: 'ECS',
      resource_type: 'ecs',
      resource_name: HOSTILE.markup,
      message: HOSTILE.script,
      user: { name: HOSTILE.formula },
      request: JSON.stringify({ server: { name: HOSTILE.markup } }),
      response: HOSTILE.script,
      endpoint: 'javascript:alert(1)//',
      resource_url: HOSTILE.markup,
    },
  ]);
  page.on('dialog', () => {
    throw new Error('A trace field opened a browser dialog');
  });
  await drawer.openLink(`trace=${traceId}`);
  await expect(drawer.field('Resource', 'Resource name')).toHaveText(HOSTILE.markup);
  await expect(drawer.field('Event', 'Message')).toHaveText(HOSTILE.script);
  await expect(drawer.field('Identity', 'User name')).toHaveText(HOSTILE.formula);
  await expect(drawer.drawer.getByRole('group', { name: 'response' })).toContainText(HOSTILE.script);
  await expect(drawer.drawer.getByRole('link', { name: /Open resource/ })).toHaveCount(0);
  await expect(drawer.drawer.locator('img[src="x"], script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open drawer has no serious axe violation in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const drawer = new TraceDrawerPage(page);
    const [traceId] = await injectTraces(page, [
      {
        trace_name: 'updateTracker',
        service_type: 'CTS',
        resource_type: 'tracker',
        resource_id: 'axe-tracker',
        request: '{"is_lts_enabled":true}',
        endpoint: 'console-intl.huaweicloud.com',
        resource_url: '/cts/#/tracker',
      },
    ]);
    await drawer.openLink(`trace=${traceId}`);
    await expect(drawer.drawer.getByText(/No earlier create or update of this resource/)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
