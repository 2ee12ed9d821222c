import { expect, type Locator, type Page } from '@playwright/test';

/** The Key Event Notifications list: search, status switches, selection and deletion. */
export class NotificationListPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Key Event Notifications' });
    this.table = page.getByRole('table', { name: 'Key event notifications' });
  }

  async open() {
    await this.page.goto('/notifications');
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  statusSwitch(name: string): Locator {
    return this.page.getByRole('switch', { name: `${name} enabled` }).or(this.page.getByRole('checkbox', { name: `${name} enabled` }));
  }

  async select(name: string) {
    await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  async openBuilder(name: string) {
    await this.table.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  }

  async search(name: string) {
    await this.page.getByRole('textbox', { name: 'Search by name' }).fill(name);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }
}
