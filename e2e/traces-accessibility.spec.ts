import { expect, test } from '@playwright/test';
import { TraceListPage } from './pages/trace-list-page';
import { expectNoSeriousViolations } from './support/axe';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the traces screen in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('has no serious axe violation with the filters open', async ({ page }) => {
      const list = new TraceListPage(page);
      await list.open('?range=1d&service_type=CTS');
      await list.waitForRows();
      await list.openFilters();
      await list.filterPanel.getByRole('button', { name: 'Choose start and end…' }).click();
      await expect(list.filterPanel.getByRole('group', { name: /From/ }).or(list.filterPanel.getByLabel(/From/).first())).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('has no serious axe violation for data traces and for no match', async ({ page }) => {
      const list = new TraceListPage(page);
      await list.open('?trace_type=data&range=1w');
      await list.openFilters();
      await expectNoSeriousViolations(page);
      await list.open('?resource_name=nothing-has-this-name');
      await expect(page.getByText('No trace matches these filters')).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
