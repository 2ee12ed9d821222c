import { expect, test } from '@playwright/test';
import { TrackerDetailPage } from './pages/tracker-detail-page';
import { TrackerListPage } from './pages/tracker-list-page';
import { controlMock, resetEmbeddedMock, openInLiveMode } from './support/mock';

const failNext = (operationId: string, status: number, errorCode: string) => ({
  latency_ms: 0,
  error_rate: 0,
  fail_next: { status, error_code: errorCode, operation_id: operationId },
});

test.describe('the Trackers page on the embedded mock', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/trackers');
    await resetEmbeddedMock(page);
    await new TrackerListPage(page).open();
  });

  test('lists every tracker with its settings, explains an error status, and shows quotas as usage', async ({ page }) => {
    const list = new TrackerListPage(page);
    await expect(list.row('system')).toContainText('Management');
    await expect(list.row('system')).toContainText('cts-audit-logs-prod');
    await expect(list.row('finance-reads')).toContainText('finance-reports-2026');
    await expect(list.row('finance-reads')).toContainText('READ');
    await expect(list.row('finance-reads')).toContainText('finance · 90 days');
    await expect(list.row('web-assets-writes')).toContainText('Error: bucket policy error');
    await expect(list.row('web-assets-writes')).toContainText('its bucket policy does not allow CTS');
    await expect(list.quotas).toContainText('Management trackers: 1 of 1 used');
    await expect(list.quotas).toContainText('Data trackers: 2 of 100 used');
  });

  test('disables creating a second management tracker, with the reason and a way to configure it', async ({ page }) => {
    const list = new TrackerListPage(page);
    await expect(list.createManagement).toBeDisabled();
    await expect(list.createManagement).toHaveAccessibleDescription(/A management tracker already exists \(1 of 1\): configure it instead\./);
    await expect(list.createData).toBeEnabled();
    await page.getByRole('link', { name: 'Configure the management tracker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Configure system' })).toBeVisible();
    // In the form too, the management type cannot be chosen for a new tracker.
    await page.goto('/trackers/new?type=system');
    await expect(page.getByRole('radio', { name: /^Management tracker/ })).toBeDisabled();
    await expect(page.getByRole('radio', { name: /^Data tracker/ })).toBeChecked();
  });

  test('disables and enables a tracker from its row at once, and rolls back when CTS refuses', async ({ page }) => {
    const list = new TrackerListPage(page);
    const toggle = list.statusSwitch('finance-reads');
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(list.row('finance-reads')).toContainText('Disabled');
    await page.reload();
    await expect(list.statusSwitch('finance-reads')).not.toBeChecked();
    await list.statusSwitch('finance-reads').click();
    await expect(list.row('finance-reads')).toContainText('Enabled');

    await controlMock(page, 'PUT', '/mock/faults', failNext('updateTracker', 500, 'CTS.0004'));
    await list.statusSwitch('finance-reads').click();
    await expect(page.getByRole('alert').filter({ hasText: 'finance-reads could not be disabled' })).toContainText('CTS.0004');
    await expect(list.statusSwitch('finance-reads')).toBeChecked();
    await expect(list.row('finance-reads')).toContainText('Enabled');
  });

  test('deletes several data trackers behind a confirmation that names them', async ({ page }) => {
    const list = new TrackerListPage(page);
    await expect(list.deleteSelected).toBeDisabled();
    await list.selectBox('finance-reads').check();
    await list.selectBox('web-assets-writes').check();
    await list.deleteSelected.click();
    const dialog = list.deleteDialog();
    await expect(dialog).toContainText('Delete 2 data trackers?');
    await expect(dialog.getByRole('list', { name: 'Trackers to delete' })).toContainText('finance-reads');
    await expect(dialog.getByRole('list', { name: 'Trackers to delete' })).toContainText('web-assets-writes');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(list.row('finance-reads')).toBeVisible();

    const deletes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'DELETE' && new URL(request.url()).pathname.endsWith('/trackers')) {
        deletes.push(new URL(request.url()).searchParams.get('tracker_name') ?? '(none)');
      }
    });
    await list.deleteSelected.click();
    await dialog.getByRole('button', { name: 'Delete 2 trackers' }).click();
    await expect(dialog).toBeHidden();
    await expect(list.row('finance-reads')).toHaveCount(0);
    await expect(list.row('web-assets-writes')).toHaveCount(0);
    expect(deletes.sort()).toEqual(['finance-reads', 'web-assets-writes']);
    await expect(list.quotas).toContainText('Data trackers: 0 of 100 used');
  });

  test('reports a partial delete failure per tracker', async ({ page }) => {
    const list = new TrackerListPage(page);
    await list.selectBox('finance-reads').check();
    await list.selectBox('web-assets-writes').check();
    await list.deleteSelected.click();
    await controlMock(page, 'PUT', '/mock/faults', failNext('deleteTracker', 500, 'CTS.0004'));
    const dialog = list.deleteDialog();
    await dialog.getByRole('button', { name: 'Delete 2 trackers' }).click();
    await expect(dialog).toContainText('Not deleted: 1 of 2.');
    await expect(dialog).toContainText('CTS.0004');
    await dialog.getByRole('button', { name: 'Retry the failed ones' }).click();
    await expect(dialog).toBeHidden();
    await expect(list.row('finance-reads')).toHaveCount(0);
    await expect(list.row('web-assets-writes')).toHaveCount(0);
  });

  test('never offers to delete the management tracker, and says why', async ({ page }) => {
    const list = new TrackerListPage(page);
    await expect(list.selectBox('system')).toBeDisabled();
    await expect(page.getByText(/The management tracker cannot be deleted/).first()).toBeVisible();
    const detail = new TrackerDetailPage(page, 'system');
    await detail.open();
    await expect(detail.deleteButton).toBeDisabled();
    await expect(detail.deleteButton).toHaveAccessibleDescription(/The management tracker cannot be deleted: CTS deletes data trackers only/);
  });

  test('deletes a data tracker from its page', async ({ page }) => {
    const detail = new TrackerDetailPage(page, 'web-assets-writes');
    await detail.open();
    await detail.deleteButton.click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Delete 1 data tracker?');
    await dialog.getByRole('button', { name: 'Delete tracker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trackers' })).toBeVisible();
    await expect(new TrackerListPage(page).row('web-assets-writes')).toHaveCount(0);
  });

  test('adds several tags at once and removes them', async ({ page }) => {
    const detail = new TrackerDetailPage(page, 'finance-reads');
    await detail.open();
    await expect(detail.tags).toContainText('This tracker has no tags.');
    await detail.tags.getByRole('button', { name: 'Add tags' }).click();
    const editor = page.getByRole('form', { name: 'Add tags' });
    await editor.getByRole('textbox', { name: 'Key 1' }).fill('_sys_owner');
    await editor.getByRole('button', { name: 'Add tags' }).click();
    await expect(editor.getByRole('textbox', { name: 'Key 1' })).toHaveAccessibleDescription('A tag key cannot start with _sys_.');
    await editor.getByRole('textbox', { name: 'Key 1' }).fill('team');
    await editor.getByRole('textbox', { name: 'Value 1' }).fill('finance ops');
    await editor.getByRole('button', { name: 'Another tag' }).click();
    await editor.getByRole('textbox', { name: 'Key 2' }).fill('cost-center');
    await editor.getByRole('textbox', { name: 'Value 2' }).fill('cc:4711');
    await editor.getByRole('button', { name: 'Add tags' }).click();
    await expect(detail.tags.getByRole('status')).toHaveText('Added 2 tags.');
    const tags = detail.tags.getByRole('table', { name: 'Tags' });
    await expect(tags).toContainText('finance ops');
    await expect(tags).toContainText('cc:4711');

    await tags.getByRole('checkbox', { name: 'Select tag team' }).check();
    await tags.getByRole('checkbox', { name: 'Select tag cost-center' }).check();
    await detail.tags.getByRole('button', { name: 'Remove selected (2)' }).click();
    await expect(detail.tags.getByRole('status')).toHaveText('Removed 2 tags.');
    await expect(detail.tags).toContainText('This tracker has no tags.');
  });
});

test.describe('tags when the endpoint cannot list them', () => {
  const notFound = { status: 404, json: { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published.' } };

  test('in Live mode, a 404 on the tag list says existing tags cannot be listed and keeps add and remove', async ({ page, context }) => {
    await openInLiveMode(context);
    // A real CTS endpoint has no call that reads tags: the mock's extension answers 404 there.
    await page.route(/\/v3\/[^/]+\/cts-tracker\/[^/]+\/tags$/, (route) => route.fulfill(notFound));
    const detail = new TrackerDetailPage(page, 'system');
    await detail.open();
    await expect(detail.tags).toContainText('Existing tags cannot be listed');
    await detail.tags.getByRole('button', { name: 'Add tags' }).click();
    await expect(page.getByRole('form', { name: 'Add tags' })).toBeVisible();
    await page.getByRole('form', { name: 'Add tags' }).getByRole('button', { name: 'Cancel' }).click();
    await detail.tags.getByRole('button', { name: 'Remove tags by key' }).click();
    await expect(page.getByRole('form', { name: 'Remove tags' })).toBeVisible();
  });

  test('adds tags and removes them by key while the list answers 404', async ({ page }) => {
    await page.goto('/trackers');
    await resetEmbeddedMock(page);
    const list = new TrackerListPage(page);
    await list.open();
    // Faults live in the page's mock: inject them, then navigate inside the app.
    const listFails = () => controlMock(page, 'PUT', '/mock/faults', failNext('listTrackerTags', 404, 'APIGW.0101'));
    await listFails();
    await list.row('finance-reads').getByRole('link', { name: 'finance-reads' }).click();
    const detail = new TrackerDetailPage(page, 'finance-reads');
    await expect(detail.tags).toContainText('Existing tags cannot be listed');
    const done = detail.tags.getByRole('status').filter({ hasText: /tags?\.$/ });

    await listFails();
    await detail.tags.getByRole('button', { name: 'Add tags' }).click();
    const add = page.getByRole('form', { name: 'Add tags' });
    await add.getByRole('textbox', { name: 'Key 1' }).fill('owner');
    await add.getByRole('textbox', { name: 'Value 1' }).fill('finance');
    await add.getByRole('button', { name: 'Add tags' }).click();
    await expect(done).toHaveText('Added 1 tag.');
    await expect(detail.tags).toContainText('Existing tags cannot be listed');

    await listFails();
    await detail.tags.getByRole('button', { name: 'Remove tags by key' }).click();
    const remove = page.getByRole('form', { name: 'Remove tags' });
    await remove.getByRole('textbox', { name: 'Key 1' }).fill('owner');
    await remove.getByRole('button', { name: 'Remove tags' }).click();
    await expect(done).toHaveText('Removed 1 tag.');
    // Once the list answers again, the tag is gone.
    await page.reload();
    await expect(detail.tags).toContainText('This tracker has no tags.');
  });
});
