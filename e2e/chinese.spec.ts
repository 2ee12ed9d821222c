import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { type CatalogArea, areaOfMessage } from '../src/i18n/areas';
import { expectNoSeriousViolations } from './support/axe';
import { expectNothingOverflows } from './support/overflow';

const catalogs = new Map<CatalogArea, Record<string, string>>();

/** A message of the Chinese catalog, as the console shows it (plain messages only). */
function zh(id: string): string {
  const area = areaOfMessage(id);
  if (area && !catalogs.has(area)) {
    catalogs.set(area, JSON.parse(readFileSync(`src/i18n/catalogs/zh-CN/${area}.json`, 'utf8')) as Record<string, string>);
  }
  const message = area ? catalogs.get(area)?.[id] : undefined;
  if (message === undefined) {
    throw new Error(`no Chinese message ${id}`);
  }
  return message;
}

async function inChinese(page: Page) {
  await page.addInitScript(() => localStorage.setItem('cts-console.locale.v1', 'zh-CN'));
}

const VIEWPORTS = [
  { name: 'at 1440 px', size: { width: 1440, height: 900 } },
  { name: 'on a phone (390 px)', size: { width: 390, height: 844 } },
] as const;

test('the header switches the console to Chinese, and it stays Chinese after a reload', async ({ page }) => {
  await page.goto('/traces');
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await page.getByRole('button', { name: /^Language: English/ }).click();
  await page.getByRole('menuitemradio', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: zh('traces.page.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: zh('app.nav.label') }).getByRole('link', { name: zh('app.nav.trackers') })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: zh('traces.page.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

for (const viewport of VIEWPORTS) {
  test.describe(`in Chinese ${viewport.name}`, () => {
    test.use({ viewport: viewport.size });
    // Each walks a whole screen and scans it twice (axe, overflow).
    test.describe.configure({ timeout: 90_000 });

    test('the trace list, its filters and a trace: nothing cut off, no serious axe violation', async ({ page }) => {
      await inChinese(page);
      await page.goto('/traces?range=1h');
      const table = page.getByRole('table', { name: zh('traces.table.label') });
      await expect(table.locator('.trace-body [role="row"]').first()).toBeVisible();
      await expectNothingOverflows(page);
      await expectNoSeriousViolations(page);

      await page.getByRole('button', { name: new RegExp(`^${zh('traces.toolbar.filters')}`) }).click();
      await expect(page.getByRole('region', { name: zh('traces.filters.title'), exact: true })).toBeVisible();
      await expectNothingOverflows(page);
      await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');

      await table.locator('.trace-body [role="row"]').first().click();
      const close = page.getByRole('button', { name: zh('traces.drawer.close') });
      await expect(close).toBeVisible();
      await expectNothingOverflows(page);
      await expectNoSeriousViolations(page);
    });

    test('a data tracker is created in Chinese', async ({ page }) => {
      await inChinese(page);
      await page.goto('/trackers/new?type=data');
      await expect(page.getByRole('form', { name: zh('trackers.form.createLabel') })).toBeVisible();
      await expectNothingOverflows(page);
      await expectNoSeriousViolations(page);
      await page.getByRole('textbox', { name: zh('trackers.form.trackerName') }).fill('zh-reads');
      await page.getByRole('textbox', { name: zh('trackers.form.trackedBucket') }).fill('ml-training-data');
      await page.getByRole('group', { name: zh('trackers.form.operations') }).getByRole('checkbox', { name: /WRITE/ }).check();
      await page.getByRole('button', { name: zh('trackers.form.create') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'zh-reads' })).toBeVisible();
      await expectNothingOverflows(page);
      await expectNoSeriousViolations(page);
    });

    test('the notification builder and its preview in Chinese', async ({ page }) => {
      await inChinese(page);
      await page.goto('/notifications/new');
      await expect(page.getByRole('heading', { level: 1, name: zh('notifications.builder.createTitle') })).toBeVisible();
      await page.getByRole('textbox', { name: zh('notifications.name.label') }).fill('zh_alerts');
      await page.getByRole('radio', { name: zh('notifications.operationType.complete') }).check();
      await page.getByRole('button', { name: zh('notifications.preview.run') }).click();
      // The preview reads up to 20,000 traces of the week: seconds on a quiet machine, more on a busy one.
      await expect(page.getByText(/^预览：/)).toBeVisible({ timeout: 60_000 });
      await expectNothingOverflows(page);
      await expectNoSeriousViolations(page);
    });
  });
}
