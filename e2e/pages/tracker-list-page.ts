import { expect, type Locator, type Page } from '@playwright/test';

/** The Trackers page: quotas, create actions, the table with its row actions, and the delete dialog. */
export class TrackerListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly quotas: Locator;
  readonly deleteSelected: Locator;
  readonly createData: Locator;
  readonly createManagement: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Trackers' });
    this.table = page.getByRole('table', { name: 'Trackers' });
    this.quotas = page.getByRole('list', { name: 'Tracker quotas' });
    this.deleteSelected = page.getByRole('button', { name: /^Delete selected/ });
    this.createData = page.getByRole('link', { name: 'Create data tracker' }).or(page.getByRole('button', { name: 'Create data tracker' }));
    this.createManagement = page
      .getByRole('link', { name: 'Create management tracker' })
      .or(page.getByRole('button', { name: 'Create management tracker' }));
  }

  async open() {
    await this.page.goto('/trackers');
    await expect(this.table).toBeVisible();
  }

  row(trackerName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: trackerName, exact: true }) });
  }

  statusSwitch(trackerName: string): Locator {
    return this.page.getByRole('switch', { name: `Enable tracker ${trackerName}` });
  }

  selectBox(trackerName: string): Locator {
    return this.row(trackerName).getByRole('checkbox');
  }

  deleteDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }
}
