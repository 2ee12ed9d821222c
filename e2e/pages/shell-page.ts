import { expect, type Locator, type Page } from '@playwright/test';

/** The console's frame: header, main navigation, colour scheme, connection indicator. */
export class ShellPage {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly colourScheme: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.colourScheme = page.getByRole('button', { name: /Colour scheme/ });
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.nav).toBeVisible();
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name });
  }

  async navigateTo(name: string, heading: string) {
    await this.navLink(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(this.navLink(name)).toHaveAttribute('aria-current', 'page');
  }

  async chooseColourScheme(name: 'Light' | 'Dark' | 'System') {
    await this.colourScheme.click();
    await this.page.getByRole('menuitemradio', { name }).or(this.page.getByRole('menuitem', { name })).click();
  }
}
