import { expect, type Locator, type Page } from '@playwright/test';

export interface ListTracesAnswer {
  traces: {
    trace_id: string;
    service_type: string;
    trace_name: string;
    trace_rating: string;
    resource_name?: string;
    enterprise_project_id?: string;
    user?: { name?: string; access_key_id?: string };
  }[];
  meta_data: { count: number; marker: string | null };
}

/** The trace list screen: toolbar, filter panel, chips, the virtualised table and its paging. */
export class TraceListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly filtersButton: Locator;
  readonly filterPanel: Locator;
  readonly appliedFilters: Locator;
  readonly loadedCount: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Traces' });
    this.table = page.getByRole('table', { name: 'Traces' });
    this.rows = this.table.locator('.trace-body [role="row"]');
    this.filtersButton = page.getByRole('button', { name: /^Filters/ });
    this.filterPanel = page.getByRole('region', { name: 'Filters', exact: true });
    this.appliedFilters = page.getByRole('region', { name: 'Applied filters' });
    this.loadedCount = page.getByRole('status').filter({ hasText: /traces? loaded/ });
    this.loadMore = page.getByRole('button', { name: 'Load more' });
  }

  async open(search = '') {
    await this.page.goto(`/traces${search}`);
    await expect(this.heading).toBeVisible();
  }

  async waitForRows() {
    await expect(this.rows.first()).toBeVisible({ timeout: 15_000 });
  }

  async openFilters() {
    if ((await this.filtersButton.getAttribute('aria-expanded')) !== 'true') {
      await this.filtersButton.click();
    }
    await expect(this.filterPanel).toBeVisible();
  }

  /** Types a free-text criterion in the panel and applies it with Enter. */
  async setText(label: string, value: string) {
    const field = this.filterPanel.getByRole('textbox', { name: label, exact: true });
    await field.fill(value);
    await field.press('Enter');
  }

  async pick(label: string, option: string | RegExp) {
    await this.filterPanel.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('listbox').getByRole('option', { name: option }).first().click();
  }

  /** The trace IDs of the rows drawn (the virtualiser draws those in view, plus a few). */
  async shownTraceIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-trace-id') ?? ''));
  }

  async columnTexts(header: string): Promise<string[]> {
    const headers = await this.table.getByRole('columnheader').allTextContents();
    const index = headers.indexOf(header);
    return this.rows.evaluateAll((rows, at) => rows.map((row) => row.querySelectorAll('[role="cell"]')[at]?.textContent ?? ''), index);
  }

  /** The list query the app sends next (the API's own parameters). */
  nextListRequest(predicate: (url: URL) => boolean = () => true) {
    return this.page.waitForResponse((response) => {
      const url = new URL(response.url());
      return /\/v3\/[^/]+\/traces$/.test(url.pathname) && predicate(url) && response.status() === 200;
    });
  }

  /** Asks the mock directly, from the page (the embedded mock lives in its service worker). */
  async queryMock(path: string, params: Record<string, string>): Promise<ListTracesAnswer> {
    return this.page.evaluate(
      async ({ path, params }) => {
        const response = await fetch(`${path}?${new URLSearchParams(params).toString()}`, { headers: { 'X-Auth-Token': 'e2e' } });
        return (await response.json()) as ListTracesAnswer;
      },
      { path, params },
    );
  }
}
