import { expect, test } from '@playwright/test';
import { InsightsPage } from './pages/insights-page';
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
