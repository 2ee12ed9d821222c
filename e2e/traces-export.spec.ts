import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE, injectTraces } from './pages/trace-drawer';
import { expectNoSeriousViolations } from './support/axe';
import { resetEmbeddedMock } from './support/mock';

const RESOURCE = 'export-e2e-probe';
const PROBES = 12;

test.beforeEach(async ({ page }) => {
  await page.goto('/traces');
  // The app renders once the in-page mock runs: from then on the page's fetches reach it.
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await resetEmbeddedMock(page);
  const now = Date.now();
  await injectTraces(page, [
    ...Array.from({ length: PROBES - 1 }, (_, i) => ({
      trace_name: 'updateTracker',
      service_type: 'CTS',
      resource_type: 'tracker',
      resource_name: RESOURCE,
      time: now - (i + 2) * 60_000,
    })),
    {
      trace_name: 'updateTracker',
      service_type: 'CTS',
      resource_type: 'tracker',
      resource_name: RESOURCE,
      time: now - 60_000,
      message: HOSTILE.formula,
      user: { name: HOSTILE.formulaPlus, user_name: HOSTILE.formulaAt },
      request: HOSTILE.markup,
    },
    // Not matching the filter: must not be exported.
    { trace_name: 'updateTracker', service_type: 'CTS', resource_type: 'tracker', resource_name: 'someone-else', time: now - 60_000 },
  ]);
});

async function exportAs(page: Page, format: 'CSV' | 'JSON', cap?: number): Promise<string> {
  await page.goto(`/traces?resource_name=${RESOURCE}&range=1d`);
  await expect(page.locator('[role="row"][data-trace-id]')).toHaveCount(PROBES);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export traces' });
  await expect(dialog).toContainText(`Resource name: ${RESOURCE}`);
  await expect(dialog).toContainText('Management traces');
  await expect(dialog.getByLabel('Maximum traces')).toHaveValue('5000');
  if (cap !== undefined) {
    await dialog.getByLabel('Maximum traces').fill(String(cap));
  }
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Export ${format}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^cts-traces-\\d{8}T\\d{6}Z\\.${format.toLowerCase()}$`));
  return readFile((await file.path()) as string, 'utf8');
}

test('exports the filtered traces as CSV, formulas neutralised, and says the file is complete', async ({ page }) => {
  const csv = await exportAs(page, 'CSV');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toContain(`${PROBES} traces; complete: every matching trace`);
  expect(lines[1]?.split(',').slice(0, 4)).toEqual(['time', 'record_time', 'trace_id', 'trace_name']);
  expect(lines.filter((line) => line.includes(RESOURCE))).toHaveLength(PROBES + 1);
  expect(csv).not.toContain('someone-else');
  expect(csv).toContain(`,'=cmd|' /C calc'!A0,`);
  expect(csv).toContain(`"'+HYPERLINK(""http://example.invalid"",""x"")"`);
  expect(csv).toContain(`,'@SUM(1+1),`);
  expect(csv).not.toMatch(/,[=+@]/);
  await expect(page.getByRole('dialog', { name: 'Export traces' })).toContainText(`with ${PROBES} traces. Every matching trace is in it.`);
});

test('exports JSON up to the cap and says the cap cut it short', async ({ page }) => {
  const body = JSON.parse(await exportAs(page, 'JSON', 5)) as { count: number; truncated: boolean; cap: number; filters: Record<string, unknown>; traces: { resource_name: string }[] };
  expect(body).toMatchObject({ count: 5, truncated: true, cap: 5, filters: { resource_name: RESOURCE, trace_type: 'system' } });
  expect(body.traces).toHaveLength(5);
  expect(body.traces.every((trace) => trace.resource_name === RESOURCE)).toBe(true);
  await expect(page.getByRole('dialog', { name: 'Export traces' })).toContainText('The cap of 5 cut it short');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the export dialog has no serious axe violation in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/traces?resource_name=${RESOURCE}&range=1d`);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Export traces' })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
