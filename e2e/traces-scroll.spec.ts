import { expect, test } from '@playwright/test';
import { TraceListPage } from './pages/trace-list-page';
import { resetEmbeddedMock } from './support/mock';

test.beforeEach(async ({ page }) => {
  await page.goto('/traces');
  await resetEmbeddedMock(page);
  await page.evaluate(() => localStorage.setItem('cts-console.traces.preferences.v1', JSON.stringify({ pageSize: 200 })));
});

interface SkimFrame {
  busy: string | null;
  cells: number;
}

test('dragging through the table skims placeholder rows, then draws full rows where it stops', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  // Volume over time above the list keeps its place from the first paint: nothing above the table moves.
  await page.getByRole('region', { name: 'Volume over time' }).waitFor();
  const header = list.table.getByRole('columnheader', { name: /^Time \(/ });
  const headerTop = (await header.boundingBox())?.y;

  // Four jumps of 1,600 px, one per frame, as a dragged scrollbar makes; what each frame drew is read
  // in the frame after it.
  const frames = await page.evaluate(
    () =>
      new Promise<SkimFrame[]>((resolve) => {
        const table = document.querySelector<HTMLElement>('[role="table"][aria-label="Traces"]');
        const seen: SkimFrame[] = [];
        let jumps = 0;
        const step = () => {
          if (!table) {
            resolve(seen);
            return;
          }
          if (jumps > 0) {
            seen.push({ busy: table.getAttribute('aria-busy'), cells: table.querySelectorAll('.trace-body [role="cell"]').length });
          }
          if (jumps === 4) {
            resolve(seen);
            return;
          }
          jumps += 1;
          table.scrollTop = jumps * 1600;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  expect(frames.at(-1)).toEqual({ busy: 'true', cells: 0 });

  await expect(list.table).toHaveAttribute('aria-busy', 'false');
  // The column headers stay where they were, above the rows.
  expect((await header.boundingBox())?.y).toBeCloseTo(headerTop ?? Number.NaN, 0);
  const first = list.rows.first();
  await expect(first.getByRole('cell').first()).toBeVisible();
  // The rows drawn are the ones where the scroll stopped: 6,400 px down, 40 px a row.
  const index = Number(await list.rows.nth(5).getAttribute('aria-rowindex'));
  expect(index).toBeGreaterThan(150);
  expect(index).toBeLessThan(180);
});

test('Home and End jump through the table with full rows at once', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  await list.rows.first().focus();
  await page.keyboard.press('End');
  const busyAfterJump = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('[role="table"][aria-label="Traces"]')?.getAttribute('aria-busy') ?? null))),
      ),
  );
  expect(busyAfterJump).toBe('false');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-rowindex', '201');
  await expect(focused.getByRole('cell').first()).toBeVisible();
});

test('a quick filter that shortens the list under a scrolled view shows full rows, not placeholders', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1d');
  await list.waitForRows();
  await list.table.evaluate((table) => {
    table.scrollTop = 6000;
  });
  await expect(list.table).toHaveAttribute('aria-busy', 'false');
  await expect(list.rows.first()).not.toHaveAttribute('aria-rowindex', '2');

  // Watch every frame from the keystroke on: the view the browser moves back must never skim.
  await page.evaluate(() => {
    const table = document.querySelector('[role="table"][aria-label="Traces"]');
    const seen: (string | null)[] = [];
    (window as unknown as { busySeen: (string | null)[] }).busySeen = seen;
    const watch = () => {
      seen.push(table?.getAttribute('aria-busy') ?? null);
      if (seen.length < 30) {
        requestAnimationFrame(watch);
      }
    };
    requestAnimationFrame(watch);
  });
  await page.getByRole('searchbox', { name: /Quick filter/ }).fill('incident');
  await expect(list.rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect.poll(() => page.evaluate(() => (window as unknown as { busySeen: unknown[] }).busySeen.length)).toBe(30);
  expect(await page.evaluate(() => (window as unknown as { busySeen: unknown[] }).busySeen)).not.toContain('true');
  await expect(list.rows.first().getByRole('cell').nth(2)).toContainText('incident');
});

test('reading with the mouse wheel shows full rows at every notch, and loads the next page by itself', async ({ page }) => {
  const list = new TraceListPage(page);
  await list.open('?range=1w');
  await list.waitForRows();
  await expect(list.loadedCount).toContainText('200 traces loaded');
  // The table's top in view (volume over time stands above it), the pointer over its rows.
  await list.table.evaluate((table) => table.scrollIntoView());
  const box = await list.table.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 300, (box?.y ?? 0) + 150);

  // 200 rows of 40 px: 27 notches of 300 px reach the end of the first page.
  for (let notch = 0; notch < 40; notch += 1) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(16);
    expect(await list.table.getAttribute('aria-busy')).toBe('false');
  }
  await expect(list.loadedCount).toContainText('400 traces loaded');
  await expect(list.rows.first().getByRole('cell').first()).toBeVisible();
  // Rows reused for others as they scroll show their own trace.
  const ids = await list.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-trace-id')));
  expect(new Set(ids).size).toBe(ids.length);
});
