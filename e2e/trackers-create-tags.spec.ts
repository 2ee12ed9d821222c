import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { MOCK_SERVER_URL, controlMock, openInLiveMode } from './support/mock';

/** A valid data tracker on a bucket nobody tracks, with two tags typed in the Tags section. */
async function fillTrackerWithTags(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Tracker name' }).fill(name);
  await page.getByRole('textbox', { name: 'Tracked OBS bucket' }).fill('ml-training-data');
  await page.getByRole('checkbox', { name: 'Write (WRITE)' }).check();
  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByRole('button', { name: 'Add a tag' }).click();
  await tags.getByRole('textbox', { name: 'Key 1' }).fill('team');
  await tags.getByRole('textbox', { name: 'Value 1' }).fill('ml ops');
  await tags.getByRole('button', { name: 'Another tag' }).click();
  await tags.getByRole('textbox', { name: 'Key 2' }).fill('cost-center');
  await tags.getByRole('textbox', { name: 'Value 2' }).fill('cc:4711');
}

test('in Live mode, creates the tracker, then tags it on the ID CTS returned', async ({ context, page, request }) => {
  expect((await request.post(`${MOCK_SERVER_URL}/mock/reset`, { data: {} })).status()).toBe(204);
  await openInLiveMode(context);
  await page.goto('/trackers/new?type=data');
  await fillTrackerWithTags(page, 'ml-writes');
  const created = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/tracker'));
  const tagged = page.waitForRequest((call) => call.method() === 'POST' && /\/cts-tracker\/[^/]+\/tags\/create$/.test(call.url()));
  await page.getByRole('button', { name: 'Create tracker' }).click();
  const { id } = (await (await created).json()) as { id: string };
  const tagCall = await tagged;
  expect(tagCall.url()).toContain(`/cts-tracker/${id}/tags/create`);
  expect(tagCall.postDataJSON()).toEqual({ tags: [{ key: 'team', value: 'ml ops' }, { key: 'cost-center', value: 'cc:4711' }] });
  await expect(page).toHaveURL(/\/trackers\/ml-writes$/);
  await expect(page.getByRole('table', { name: 'Tags' })).toContainText('cc:4711');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`tags on the create form, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('a refused tag call keeps the tags, says the tracker exists, and has no serious violation', async ({ page }) => {
      await page.goto('/trackers/new?type=data');
      await fillTrackerWithTags(page, 'ml-writes');
      await controlMock(page, 'PUT', '/mock/faults', {
        latency_ms: 0,
        error_rate: 0,
        fail_next: { status: 500, error_code: 'CTS.0005', error_msg: 'Tag service unavailable.', operation_id: 'batchCreateResourceTags' },
      });
      await page.getByRole('button', { name: 'Create tracker' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Tracker ml-writes was created, but its tags were not added' })).toContainText('CTS.0005');
      await expect(page.getByRole('textbox', { name: 'Value 2' })).toHaveValue('cc:4711');
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'Retry adding tags' }).click();
      await expect(page).toHaveURL(/\/trackers\/ml-writes$/);
      await expect(page.getByRole('table', { name: 'Tags' })).toContainText('ml ops');
    });
  });
}
