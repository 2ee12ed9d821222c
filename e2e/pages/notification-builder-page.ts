import { expect, type Locator, type Page } from '@playwright/test';

/** The notification builder (create and edit). */
export class NotificationBuilderPage {
  readonly name: Locator;
  readonly topic: Locator;
  readonly chosenOperations: Locator;
  readonly rules: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name' });
    this.topic = page.getByRole('textbox', { name: 'Topic URN or function URN' });
    this.chosenOperations = page.getByRole('list', { name: 'Chosen operations' });
    this.rules = page.getByRole('list', { name: 'Filter rules' });
  }

  async openNew() {
    await this.page.goto('/notifications/new');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Create key event notification' })).toBeVisible();
  }

  async chooseOperationType(label: 'All operations' | 'Custom operations') {
    await this.page.getByRole('radio', { name: label }).check();
  }

  /** Opens service and resource type in the tree, then ticks the trace names. */
  async pickOperations(service: string, resourceType: string, traceNames: string[]) {
    const showService = this.page.getByRole('button', { name: `Show ${service}`, exact: true });
    if (await showService.isVisible()) {
      await showService.click();
    }
    const showType = this.page.getByRole('button', { name: `Show ${service} › ${resourceType}`, exact: true });
    if (await showType.isVisible()) {
      await showType.click();
    }
    const list = this.page.getByRole('list', { name: `${service} › ${resourceType} trace names` });
    for (const traceName of traceNames) {
      await list.getByRole('checkbox', { name: traceName, exact: true }).check();
    }
  }

  async addUserGroup(group: string, users: string[]) {
    const groups = this.page.getByRole('list', { name: 'User groups' }).getByRole('listitem');
    const position = (await groups.count()) + 1;
    await this.page.getByRole('button', { name: 'Add user group' }).click();
    await expect(groups).toHaveCount(position);
    await this.page.getByRole('combobox', { name: `User group ${position}`, exact: true }).fill(group);
    await this.addUsers(position, users);
  }

  async addUsers(position: number, users: string[]) {
    const input = this.page.getByRole('combobox', { name: `Users of group ${position}`, exact: true });
    for (const user of users) {
      await input.fill(user);
      await input.press('Enter');
    }
  }

  async addRule(field: string, operator: '=' | '!=', value: string) {
    const position = (await this.rules.getByRole('listitem').count()) + 1;
    await this.page.getByRole('button', { name: 'Add rule' }).click();
    await expect(this.rules.getByRole('listitem')).toHaveCount(position);
    await this.pick(`Rule ${position} field`, field);
    await this.pick(`Rule ${position} operator`, operator);
    if (field === 'trace_rating' || field === 'trace_type') {
      await this.pick(`Rule ${position} value`, value);
    } else {
      await this.page.getByRole('textbox', { name: `Rule ${position} value`, exact: true }).fill(value);
    }
  }

  /** Chooses in a select, unless it already shows the option; waits for the menu to close. */
  async pick(label: string, option: string) {
    const select = this.page.getByRole('combobox', { name: label, exact: true });
    if ((await select.textContent()) === option) {
      return;
    }
    await select.click();
    const listbox = this.page.getByRole('listbox');
    await listbox.getByRole('option', { name: option, exact: true }).click();
    await expect(listbox).toBeHidden();
    await expect(select).toHaveText(option);
  }

  async setCondition(condition: 'AND' | 'OR') {
    await this.page.getByRole('button', { name: condition === 'AND' ? 'All (AND)' : 'Any (OR)' }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: /^(Create notification|Save changes)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Key Event Notifications' })).toBeVisible();
  }
}
