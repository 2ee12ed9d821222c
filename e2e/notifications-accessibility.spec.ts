import { expect, test } from '@playwright/test';
import { NotificationBuilderPage } from './pages/notification-builder-page';
import { NotificationListPage } from './pages/notification-list-page';
import { expectNoSeriousViolations } from './support/axe';
import { resetEmbeddedMock } from './support/mock';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`notification screens in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test.beforeEach(async ({ page }) => {
      await new NotificationListPage(page).open();
      await resetEmbeddedMock(page);
    });

    test('the list, with a selection and the delete confirmation, has no serious axe violation', async ({ page }) => {
      const list = new NotificationListPage(page);
      await list.open();
      await expectNoSeriousViolations(page);
      await list.select('ecs_deletions');
      await page.getByRole('button', { name: 'Delete selected (1)' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the builder, with the tree open, users, rules and the request body, has no serious axe violation', async ({ page }) => {
      test.setTimeout(90_000);
      const builder = new NotificationBuilderPage(page);
      await builder.openNew();
      await builder.name.fill('axe_check');
      await builder.pickOperations('ECS', 'ecs', ['createServer']);
      await builder.addUserGroup('ops', ['alice.chen']);
      await builder.topic.fill('not a urn');
      await builder.addRule('trace_rating', '=', 'incident');
      await page.getByRole('button', { name: /Request body/ }).click();
      await expectNoSeriousViolations(page);
    });

    test('editing a stored notification has no serious axe violation', async ({ page }) => {
      const list = new NotificationListPage(page);
      await list.open();
      await list.openBuilder('ecs_deletions');
      await expectNoSeriousViolations(page);
    });
  });
}
