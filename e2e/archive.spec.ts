import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { InsightsPage } from './pages/insights-page';
import { expectNoSeriousViolations } from './support/axe';
import { resetEmbeddedMock } from './support/mock';

test.beforeEach(async ({ page }) => {
  await page.goto('/insights');
  await resetEmbeddedMock(page);
});

test('verifying the past month of the management tracker’s files reports exactly the three planted faults', async ({ page }) => {
  test.setTimeout(180_000);
  const insights = new InsightsPage(page);
  await insights.open();
  const files = page.getByRole('region', { name: 'Transferred trace files' });
  await expect(files.getByRole('combobox', { name: 'Tracker' })).toHaveText('system');
  await expect(files.getByRole('combobox', { name: 'Files transferred in' })).toHaveText('Past month');
  await files.getByRole('button', { name: 'Verify integrity' }).click();
  const status = page.getByTestId('archive-verification');
  await expect(status).toHaveText(/^Tracker system, past month: verified: [\d,]+ files, [\d,]+ digests; found 1 altered file, 1 missing file, 1 gap\.$/, { timeout: 150_000 });
  const tampering = insights.findings.getByRole('region', { name: /^Audit tampering/ });
  const archived = tampering.getByRole('listitem').filter({ hasText: 'cts-audit-logs-prod/CloudTraces/' });
  await expect(archived).toHaveCount(3);
  await expect(archived.filter({ hasText: 'Trace file of tracker system altered after transfer' })).toContainText(/cts-audit-logs-prod\/CloudTraces\/ap-southeast-1\/\d{4}\/\d+\/\d+\/system\/management_CloudTrace_ap-southeast-1_/);
  await expect(archived.filter({ hasText: 'Trace file of tracker system deleted' })).toHaveCount(1);
  await expect(archived.filter({ hasText: 'Gap in the digest chain of tracker system' })).toContainText('/system/Digest/management_CloudTrace-Digest_');
});

test('a 60-day query for one user’s deletions shows the rows, each with its drawer', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  const sixtyDaysAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('From').fill(sixtyDaysAgo);
  await page.getByRole('textbox', { name: 'User' }).fill('m.rossi');
  await page.getByRole('checkbox', { name: 'Deletions only' }).check();
  await page.getByRole('button', { name: 'Query', exact: true }).click();
  await expect(page.getByTestId('archive-scope')).toHaveText(/^[\d,]+ files, [\d,]+ traces, \w+ \d+ – \w+ \d+, complete$/, { timeout: 280_000 });
  const table = page.getByRole('table', { name: 'Archived traces' });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const names = await table.locator('tbody tr td:nth-child(2)').allTextContents();
  const users = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(8);
  expect(names.every((name) => /^(delete|remove|batchDelete|terminate)/.test(name))).toBe(true);
  expect(new Set(users)).toEqual(new Set(['m.rossi']));
  await table.getByRole('button', { name: /^Open trace / }).first().click();
  const drawer = page.getByRole('dialog', { name: 'Archived trace' });
  await expect(drawer.getByRole('heading', { name: names[0] ?? '' })).toBeVisible();
  await expect(drawer.getByRole('group', { name: 'Trace fields' })).toContainText('m.rossi');
});

test('dropping two .json.gz trace files queries them the same way', async ({ page }) => {
  // Starting DuckDB (its wasm compiled in the page) alone can take most of the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.goto('/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  const trace = (id: string, name: string, user: string) => ({ trace_id: id, trace_name: name, service_type: 'ECS', resource_type: 'ecs', trace_rating: 'normal', trace_type: 'ApiCall', time: Date.now() - 40 * 86_400_000, user: { name: user } });
  const files = [
    { name: 'a_CloudTrace_ap-southeast-1_2026-10-01T01-02-03Z_aa.json.gz', traces: [trace('t-1', 'deleteServer', 'alice'), trace('t-2', 'createServer', 'bob')] },
    { name: 'b_CloudTrace_ap-southeast-1_2026-10-01T02-02-03Z_bb.json.gz', traces: [trace('t-3', 'deleteImage', 'alice')] },
  ].map(({ name, traces }) => ({ name, bytes: [...gzipSync(Buffer.from(JSON.stringify(traces)))] }));
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped) {
      transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'application/gzip' }));
    }
    return transfer;
  }, files);
  await page.getByTestId('archive-drop').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('archive-scope')).toHaveText('2 files, 3 traces, files you opened, complete', { timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Archived traces' }).locator('tbody tr')).toHaveCount(3);
  // The drawer reads the trace whole from the dropped file it came from.
  await page.getByRole('button', { name: /^Open trace deleteImage of / }).click();
  const drawer = page.getByRole('dialog', { name: 'Archived trace' });
  await expect(drawer).toContainText(`read from ${files[1]?.name ?? ''}`);
  await expect(drawer.getByRole('group', { name: 'Trace fields' })).toContainText('"trace_id": "t-3"');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
  const sql = page.getByRole('textbox', { name: 'SQL over the traces view' });
  await sql.fill("SELECT user_name, count(*) AS n FROM traces WHERE trace_name LIKE 'delete%' GROUP BY user_name");
  await page.getByRole('button', { name: 'Run SQL' }).click();
  await expect(page.getByRole('table', { name: 'SQL result' }).locator('tbody tr')).toHaveText(['alice2']);
  await expectNoSeriousViolations(page);
});
