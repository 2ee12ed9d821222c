import { expect, type Page } from '@playwright/test';

/**
 * Words that do not fit: a page wider than the window, or a control, label, heading or column
 * header whose text is cut off (wider than its box). A value shortened on purpose shows its whole
 * text on hover (`title`) and is not counted.
 */
export async function expectNothingOverflows(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const clipped = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) {
      found.push(`the page is ${root.scrollWidth} px wide in a ${window.innerWidth} px window`);
    }
    const selector = [
      'button',
      'a',
      '[role="tab"]',
      '[role="menuitem"]',
      '[role="menuitemradio"]',
      'label',
      'legend',
      'h1',
      'h2',
      'h3',
      'th',
      '.MuiChip-label',
      '.MuiFormHelperText-root',
      '.MuiAlert-message',
      '.MuiToggleButton-root',
    ].join(',');
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('[aria-hidden="true"]') || element.getClientRects().length === 0 || element.closest('[title]')) {
        continue;
      }
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}": ${element.scrollWidth} px of text in ${element.clientWidth} px`);
      }
    }
    return found;
  });
  expect(clipped).toEqual([]);
}
