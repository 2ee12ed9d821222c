import { expect, test } from '@playwright/test';
import { openInLiveMode } from './support/mock';

test('the builder lists the operations the account’s /operations returns, one the bundled catalog does not know included', async ({ context, page }) => {
  await openInLiveMode(context);
  await page.goto('/notifications/new');
  await page.getByRole('radio', { name: /custom operations/i }).check();
  const tree = page.getByRole('list', { name: 'Operations by service' });
  await expect(tree.getByText('DCS', { exact: true }).first()).toBeVisible();

  await page.getByRole('textbox', { name: 'Search operations' }).fill('flush instance');
  await expect(page.getByRole('checkbox', { name: 'flushInstance' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'restartInstance' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'flushInstance' }).check();
  await expect(page.getByText('1 operation chosen across 1 service')).toBeVisible();
});
