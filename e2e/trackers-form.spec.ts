import { expect, test } from '@playwright/test';
import { TrackerDetailPage } from './pages/tracker-detail-page';
import { TrackerFormPage } from './pages/tracker-form-page';
import { TrackerListPage } from './pages/tracker-list-page';
import { controlMock, resetEmbeddedMock } from './support/mock';

// Messages of src/api/rules/tracker-rules.ts, as the user reads them.
const ui = {
  nameFormat: 'Use 1–64 letters, digits, hyphens (-) or underscores (_), starting with a letter or digit.',
  nameSystem: 'The name "system" is reserved for the management tracker. Choose another name.',
  nameTaken: 'A tracker named "finance-reads" already exists. Choose another name.',
  bucketMissing: 'Choose the OBS bucket to track.',
  bucketFormat: 'Use 3–63 lowercase letters, digits, hyphens (-) or periods (.), starting with a letter or digit.',
  eventsMissing: 'Select at least one operation type to track: READ or WRITE.',
  transferIsTracked: 'The transfer bucket cannot be the bucket this tracker tracks. Choose another bucket.',
  prefix: 'Use up to 64 letters, digits, periods (.), hyphens (-) or underscores (_).',
  kmsMissing: 'Choose a KMS key to encrypt trace files.',
  kmsFormat: /Enter a KMS key ID such as/,
};

test.describe('the tracker form on the embedded mock', () => {
  let trackerPosts: number;

  test.beforeEach(async ({ page }) => {
    await page.goto('/trackers');
    await resetEmbeddedMock(page);
    trackerPosts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/v3\/[^/]+\/tracker$/.test(new URL(request.url()).pathname)) {
        trackerPosts += 1;
      }
    });
  });

  test('creates a data tracker end to end: listed, and its createTracker trace in the trace list', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openCreate('data');
    await form.fillDataTracker({ name: 'e2e-reads', bucket: 'ml-training-data', events: ['READ', 'WRITE'] });
    await form.transfer.check();
    await form.transferBucket.fill('backup.eu-west-0.acme');
    await form.filePrefix.fill('e2e');
    await page.getByRole('button', { name: 'Request body preview' }).click();
    await expect(page.getByRole('group', { name: 'Request body' })).toContainText('"e2e-reads"');
    // A double click sends one POST.
    await form.submit.dblclick();
    const detail = new TrackerDetailPage(page, 'e2e-reads');
    await expect(detail.configuration).toBeVisible();
    await expect(detail.value('Tracked bucket')).toHaveText('ml-training-data');
    await expect(detail.value('Tracked operations')).toHaveText('READ, WRITE');
    expect(trackerPosts).toBe(1);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Trackers' }).click();
    const list = new TrackerListPage(page);
    await expect(list.row('e2e-reads')).toContainText('ml-training-data');
    await expect(list.quotas).toContainText('Data trackers: 3 of 100 used');

    await list.row('e2e-reads').getByRole('link', { name: 'e2e-reads' }).click();
    await detail.viewTraces.click();
    await expect(page).toHaveURL(/\/traces\?.*resource_name=e2e-reads/);
    const trace = page.getByRole('table', { name: 'Traces' }).getByRole('row').filter({ hasText: 'createTracker' }).filter({ hasText: 'e2e-reads' });
    await expect(trace.first()).toBeVisible();
  });

  test('blocks submission on every client-side rule, with its message next to the field', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openCreate('data');
    await form.submit.click();
    await expect(form.name).toHaveAccessibleDescription(ui.nameFormat);
    await expect(form.trackedBucket).toHaveAccessibleDescription(ui.bucketMissing);
    await expect(form.operations).toContainText(ui.eventsMissing);
    await expect(form.name).toBeFocused();

    const nameCases: [string, string][] = [
      ['system', ui.nameSystem],
      ['finance-reads', ui.nameTaken],
      ['_starts-with-underscore', ui.nameFormat],
      ['a'.repeat(65), ui.nameFormat],
    ];
    for (const [name, message] of nameCases) {
      await form.name.fill(name);
      await form.name.blur();
      await expect(form.name).toHaveAccessibleDescription(message);
    }
    await form.name.fill('a'.repeat(64));
    await form.trackedBucket.fill('ab');
    await form.trackedBucket.blur();
    await expect(form.trackedBucket).toHaveAccessibleDescription(ui.bucketFormat);
    await form.trackedBucket.fill('hr-archive');
    await form.operation('WRITE').check();
    await form.transfer.check();
    await form.transferBucket.fill('hr-archive');
    await form.transferBucket.blur();
    await expect(form.transferBucket).toHaveAccessibleDescription(ui.transferIsTracked);
    await form.transferBucket.fill('Upper_Case');
    await form.transferBucket.blur();
    await expect(form.transferBucket).toHaveAccessibleDescription(ui.bucketFormat);
    await form.transferBucket.fill('ml-training-data');
    await form.filePrefix.fill('p'.repeat(65));
    await form.filePrefix.blur();
    await expect(form.filePrefix).toHaveAccessibleDescription(ui.prefix);
    await form.submit.click();
    await expect(form.filePrefix).toBeFocused();
    expect(trackerPosts).toBe(0);
    await expect(page).toHaveURL(/\/trackers\/new/);
  });

  test('requires a well-formed KMS key when the management tracker encrypts', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openEdit('system');
    await form.kmsKey.fill('');
    await form.kmsKey.blur();
    await expect(form.kmsKey).toHaveAccessibleDescription(ui.kmsMissing);
    await form.kmsKey.fill('not-a-key');
    await form.submit.click();
    await expect(form.kmsKey).toHaveAccessibleDescription(ui.kmsFormat);
    await expect(page).toHaveURL(/\/trackers\/system\/edit$/);
  });

  test('keeps the input and shows CTS.0209 on the operations when another tracker records them', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openCreate('data');
    // finance-reads already records READ on finance-reports-2026.
    await form.fillDataTracker({ name: 'second-reader', bucket: 'finance-reports-2026', events: ['READ'] });
    await form.submit.click();
    await expect(form.operations).toContainText('CTS.0209: A type of operations on an OBS bucket can be tracked by only one tracker.');
    await expect(form.name).toHaveValue('second-reader');
    await expect(form.trackedBucket).toHaveValue('finance-reports-2026');
    await expect(form.operation('READ')).toBeChecked();
    await expect(form.topError).toHaveCount(0);
    // Choosing the other operation clears the server's verdict and saves.
    await form.operation('READ').uncheck();
    await form.operation('WRITE').check();
    await form.submit.click();
    await expect(new TrackerDetailPage(page, 'second-reader').configuration).toBeVisible();
  });

  test('shows an injected CTS.0216 at the top of the form and keeps the input', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openCreate('data');
    await form.fillDataTracker({ name: 'bucket-maker', bucket: 'hr-archive', events: ['WRITE'] });
    await form.transfer.check();
    await page.getByRole('radio', { name: 'New bucket (CTS creates it)' }).check();
    await form.transferBucket.fill('brand-new-transfer');
    await controlMock(page, 'PUT', '/mock/faults', {
      latency_ms: 0,
      error_rate: 0,
      fail_next: { status: 400, error_code: 'CTS.0216', operation_id: 'createTracker' },
    });
    await form.submit.click();
    await expect(form.topError).toContainText('CTS.0216');
    await expect(form.topError).toContainText('Failed to create a bucket.');
    await expect(form.name).toHaveValue('bucket-maker');
    await expect(form.transferBucket).toHaveValue('brand-new-transfer');
    await expect(page).toHaveURL(/\/trackers\/new/);
    // The fault was for one call: the same input now succeeds.
    await form.submit.click();
    await expect(new TrackerDetailPage(page, 'bucket-maker').configuration).toBeVisible();
  });

  test('edits a data tracker with its tracked bucket read-only', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openEdit('finance-reads');
    await expect(form.trackedBucket).toHaveValue('finance-reports-2026');
    await expect(form.trackedBucket).toHaveAttribute('readonly', '');
    await expect(form.trackedBucket).toHaveAccessibleDescription('The tracked bucket cannot be changed once the tracker exists.');
    await form.operation('WRITE').check();
    await form.filePrefix.fill('finance-v2');
    await form.submit.click();
    const detail = new TrackerDetailPage(page, 'finance-reads');
    await expect(detail.value('Tracked operations')).toHaveText('READ, WRITE');
    await expect(detail.value('File prefix')).toHaveText('finance-v2');
  });

  test('asks before leaving a form with unsaved changes', async ({ page }) => {
    const form = new TrackerFormPage(page);
    await form.openCreate('data');
    await form.name.fill('half-typed');
    await page.getByRole('link', { name: 'Cancel' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(form.name).toHaveValue('half-typed');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trackers' })).toBeVisible();
  });
});
