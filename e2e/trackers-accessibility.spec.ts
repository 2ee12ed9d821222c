import { expect, test, type Page } from '@playwright/test';
import { resetEmbeddedMock, openInLiveMode } from './support/mock';
import { expectNoSeriousViolations } from './support/axe';

const SCREENS = [
  { name: 'the tracker list', path: '/trackers', ready: (page: Page) => page.getByRole('table', { name: 'Trackers' }) },
  { name: 'a data tracker', path: '/trackers/finance-reads', ready: (page: Page) => page.getByText('This tracker has no tags.') },
  { name: 'the management tracker', path: '/trackers/system', ready: (page: Page) => page.getByRole('table', { name: 'Tags' }) },
  { name: 'a tracker in error', path: '/trackers/web-assets-writes', ready: (page: Page) => page.getByText('Error: bucket policy error') },
  { name: 'the create form (data)', path: '/trackers/new?type=data', ready: (page: Page) => page.getByRole('form', { name: 'Create tracker' }) },
  { name: 'the edit form (data)', path: '/trackers/finance-reads/edit', ready: (page: Page) => page.getByRole('form', { name: 'Edit tracker' }) },
  { name: 'the edit form (management)', path: '/trackers/system/edit', ready: (page: Page) => page.getByRole('form', { name: 'Edit tracker' }) },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`trackers in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test.beforeEach(async ({ page }) => {
      await page.goto('/trackers');
      await resetEmbeddedMock(page);
    });

    for (const screen of SCREENS) {
      test(`${screen.name} has no serious or critical axe violation`, async ({ page }) => {
        await page.goto(screen.path);
        await expect(screen.ready(page)).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }

    test('the create form with its errors, transfer settings, a tag row and request preview has no serious violation', async ({ page }) => {
      await page.goto('/trackers/new?type=data');
      await page.getByRole('checkbox', { name: 'Transfer trace files to an OBS bucket' }).check();
      await page.getByRole('region', { name: 'Tags' }).getByRole('button', { name: 'Add a tag' }).click();
      await page.getByRole('button', { name: 'Create tracker' }).click();
      await expect(page.getByRole('textbox', { name: 'Key 1' })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('textbox', { name: 'Tracker name' })).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: 'Request body preview' }).click();
      await expectNoSeriousViolations(page);
    });

    test('the delete confirmation and the tag editor have no serious violation', async ({ page }) => {
      await page.goto('/trackers/finance-reads');
      await page.getByRole('button', { name: 'Add tags' }).click();
      await expect(page.getByRole('form', { name: 'Add tags' })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });

  test.describe(`the management tracker's create form in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('has no serious or critical axe violation', async ({ page, context }) => {
      // Live mode, so the quota answer can be replaced: the demo account always has its management tracker.
      await openInLiveMode(context);
      await page.route(/\/v3\/[^/]+\/quotas$/, (route) =>
        route.fulfill({
          json: { resources: [{ type: 'system_tracker', used: 0, quota: 1 }, { type: 'data_tracker', used: 2, quota: 100 }] },
        }),
      );
      await page.goto('/trackers/new?type=system');
      await expect(page.getByRole('radio', { name: /^Management tracker/ })).toBeChecked();
      await page.getByRole('checkbox', { name: 'Encrypt trace files with a KMS key' }).check();
      await expect(page.getByRole('textbox', { name: 'KMS key ID' })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
