import { expect, type Locator, type Page } from '@playwright/test';

/** The one tracker form, for create (`/trackers/new`) and edit (`/trackers/<name>/edit`). */
export class TrackerFormPage {
  readonly form: Locator;
  readonly name: Locator;
  readonly trackedBucket: Locator;
  readonly operations: Locator;
  readonly transfer: Locator;
  readonly transferBucket: Locator;
  readonly filePrefix: Locator;
  readonly encryption: Locator;
  readonly kmsKey: Locator;
  readonly submit: Locator;
  readonly topError: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: /(Create|Edit) tracker/ });
    this.name = page.getByRole('textbox', { name: 'Tracker name' });
    this.trackedBucket = page.getByRole('textbox', { name: 'Tracked OBS bucket' });
    this.operations = page.getByRole('group', { name: 'Operations to record' });
    this.transfer = page.getByRole('checkbox', { name: 'Transfer trace files to an OBS bucket' });
    this.transferBucket = page.getByRole('textbox', { name: 'Transfer bucket' });
    this.filePrefix = page.getByRole('textbox', { name: 'File prefix' });
    this.encryption = page.getByRole('checkbox', { name: 'Encrypt trace files with a KMS key' });
    this.kmsKey = page.getByRole('textbox', { name: 'KMS key ID' });
    this.submit = page.getByRole('button', { name: /^(Create tracker|Save changes)$/ });
    this.topError = page.getByRole('alert').filter({ hasText: /was not created|were not saved/ });
  }

  async openCreate(type: 'data' | 'system' = 'data') {
    await this.page.goto(`/trackers/new?type=${type}`);
    await expect(this.form).toBeVisible();
  }

  async openEdit(trackerName: string) {
    await this.page.goto(`/trackers/${encodeURIComponent(trackerName)}/edit`);
    await expect(this.form).toBeVisible();
  }

  operation(event: 'READ' | 'WRITE'): Locator {
    return this.operations.getByRole('checkbox', { name: new RegExp(`\\(${event}\\)`) });
  }

  async fillDataTracker({ name, bucket, events }: { name: string; bucket: string; events: ('READ' | 'WRITE')[] }) {
    await this.name.fill(name);
    await this.trackedBucket.fill(bucket);
    for (const event of events) {
      await this.operation(event).check();
    }
  }
}
