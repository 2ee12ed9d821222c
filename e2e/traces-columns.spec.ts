import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 } });

test('a header dragged onto another moves its column, kept in the link and after a reload', async ({ page }) => {
  await page.goto('/traces');
  const table = page.getByRole('table', { name: 'Traces' });
  await expect(table.getByRole('row').nth(2)).toBeVisible();
  await table.getByRole('columnheader', { name: /^User/ }).dragTo(table.getByRole('columnheader', { name: /^Time/ }));
  await expect(page).toHaveURL(/columns=user%2Ctime%2C|columns=user,time,/);
  await expect(table.getByRole('columnheader').first()).toHaveText(/^User/);
  await page.goto('/traces');
  await expect(table.getByRole('columnheader').first()).toHaveText(/^User/);
});

test('the separator resizes its column by pointer and by arrow keys, the rows following the header', async ({ page }) => {
  await page.goto('/traces');
  const table = page.getByRole('table', { name: 'Traces' });
  const header = table.getByRole('columnheader', { name: /^Trace name/ });
  const cell = table.getByRole('row').nth(1).getByRole('cell').nth(1);
  await expect(cell).toBeVisible();
  const before = (await header.boundingBox())?.width ?? 0;
  const separator = table.getByRole('separator', { name: 'Resize Trace name column' });
  const handle = await separator.boundingBox();
  if (!handle) {
    throw new Error('The separator is not on screen.');
  }
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + 40, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.move(handle.x + handle.width / 2 + 80, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page).toHaveURL(/widths=trace_name%3A\d+|widths=trace_name:\d+/);
  const after = (await header.boundingBox())?.width ?? 0;
  expect(after).toBeGreaterThan(before + 60);
  expect(Math.abs(((await cell.boundingBox())?.width ?? 0) - after)).toBeLessThan(2);

  await separator.focus();
  const set = Number(await separator.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', String(set - 10));
  // The drag to resize did not move the column.
  await expect(table.getByRole('columnheader').nth(1)).toHaveText(/^Trace name/);
});
