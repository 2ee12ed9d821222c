import { expect, type Locator, type Page } from '@playwright/test';

/** The insights page and the trace list's volume panel: both show the scan's scope line. */
export class InsightsPage {
  readonly heading: Locator;
  readonly scope: Locator;
  readonly findings: Locator;
  readonly histogram: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Insights' });
    this.scope = page.getByTestId('scan-scope');
    this.findings = page.getByRole('region', { name: 'Security findings' });
    this.histogram = page.getByRole('img', { name: /Traces over time/ });
  }

  async open() {
    await this.page.goto('/insights');
    await expect(this.heading).toBeVisible();
  }

  /** As long as the test allows: the scan reads up to 20,000 traces, 200 a request. */
  async waitForScan() {
    await expect(this.scope).toHaveText(/^Scanned [\d,]+ traces, .+, complete\.$/, { timeout: 60_000 });
  }

  /** Drags across the histogram from one share of its width to another. */
  async dragHistogram(fromShare: number, toShare: number) {
    const box = await this.histogram.boundingBox();
    if (!box) {
      throw new Error('The histogram is not drawn');
    }
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * fromShare, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((fromShare + toShare) / 2), y, { steps: 4 });
    await this.page.mouse.move(box.x + box.width * toShare, y, { steps: 4 });
    await this.page.mouse.up();
  }
}
