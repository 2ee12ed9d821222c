import { expect, type Locator, type Page } from '@playwright/test';

/** The trace detail drawer over the trace list, and the mock calls its specs need. */
export class TraceDrawerPage {
  readonly drawer: Locator;
  readonly heading: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.drawer = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Close trace details' }) });
    this.heading = this.drawer.getByRole('heading', { level: 2 });
    this.rows = page.locator('[role="row"][data-trace-id]');
  }

  /** The list with a drawer open, as a pasted link opens it. */
  async openLink(search: string) {
    await this.page.goto(`/traces?${search}`);
    await expect(this.drawer).toBeVisible();
  }

  group(name: string): Locator {
    return this.drawer.getByRole('region', { name });
  }

  /** The value (dd) of a field, by its label (dt) in a group. */
  field(group: string, label: string): Locator {
    return this.group(group).locator('dt', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  button(name: string): Locator {
    return this.drawer.getByRole('button', { name });
  }

  changedFields(): Locator {
    return this.drawer.getByRole('table', { name: 'Changed fields' }).getByRole('row');
  }

  async expectTraceShown(traceId: string) {
    // The ID is shortened on screen, whole on hover.
    await expect(this.drawer.getByTitle(traceId, { exact: true }).first()).toBeVisible();
    await expect(this.page).toHaveURL(new RegExp(`[?&]trace=${traceId}`));
  }
}

/** Calls the embedded mock's CTS API from the page (its service worker answers) with the demo project's ID. */
export async function callCts(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const state = (await (await fetch('/mock/state')).json()) as { project_id: string };
      const response = await fetch(path.replace('{project_id}', state.project_id), {
        method,
        headers: { 'X-Auth-Token': 't', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
}

/** Adds traces through the mock's control API (`POST /mock/traces`); answers their IDs. */
export async function injectTraces(page: Page, traces: Record<string, unknown>[]): Promise<string[]> {
  return page.evaluate(async (traces) => {
    const response = await fetch('/mock/traces', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ traces }) });
    return ((await response.json()) as { trace_ids: string[] }).trace_ids;
  }, traces);
}

/** Payloads a user could give a resource: markup, a script, spreadsheet formulas. */
export const HOSTILE = {
  markup: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  formula: "=cmd|' /C calc'!A0",
  formulaPlus: '+HYPERLINK("http://example.invalid","x")',
  formulaAt: '@SUM(1+1)',
} as const;
