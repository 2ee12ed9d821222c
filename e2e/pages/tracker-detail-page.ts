import { expect, type Locator, type Page } from '@playwright/test';

/** A tracker's own page: configuration, actions, tags. */
export class TrackerDetailPage {
  readonly configuration: Locator;
  readonly tags: Locator;
  readonly deleteButton: Locator;
  readonly configure: Locator;
  readonly viewTraces: Locator;

  constructor(
    readonly page: Page,
    readonly trackerName: string,
  ) {
    this.configuration = page.getByRole('table', { name: `Configuration of ${trackerName}` });
    this.tags = page.getByRole('region', { name: 'Tags' });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.configure = page.getByRole('link', { name: 'Configure' });
    this.viewTraces = page.getByRole('link', { name: 'View its traces' });
  }

  async open() {
    await this.page.goto(`/trackers/${encodeURIComponent(this.trackerName)}`);
    await expect(this.configuration).toBeVisible();
  }

  value(label: string): Locator {
    return this.configuration.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  }
}
