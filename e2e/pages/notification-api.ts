import type { Page } from '@playwright/test';

/** Calls the embedded mock's CTS API from the page (its service worker answers), as another client would. */
export async function callCts<T>(page: Page, method: 'GET' | 'POST', path: (projectId: string) => string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, pathTemplate, body }) => {
      const state = (await (await fetch('/mock/state')).json()) as { project_id: string };
      const response = await fetch(pathTemplate.replace('{project_id}', state.project_id), {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 'e2e' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
    },
    { method, pathTemplate: path('{project_id}'), body },
  );
}

/** Adds traces to the embedded mock (control API) and answers their IDs. */
export async function injectTraces(page: Page, traces: Record<string, unknown>[]): Promise<string[]> {
  return page.evaluate(async (traces) => {
    const response = await fetch('/mock/traces', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ traces }) });
    return ((await response.json()) as { trace_ids: string[] }).trace_ids;
  }, traces);
}
