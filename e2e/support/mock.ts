import type { BrowserContext, Page } from '@playwright/test';
import { MOCK_SERVER_PORT } from '../../playwright.config';

export const MOCK_SERVER_URL = `http://127.0.0.1:${MOCK_SERVER_PORT}`;

/**
 * The embedded mock runs inside the page (service worker), so its control API is reached from the
 * page, not from Playwright's request context (which the worker does not see).
 */
export async function controlMock(page: Page, method: 'POST' | 'PUT', path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
}

/** Back to the seeded demo state: every spec starts from the same world. */
export async function resetEmbeddedMock(page: Page): Promise<void> {
  await controlMock(page, 'POST', '/mock/reset');
}

/** Opens the console in Live mode against the standalone mock server, as a user would configure it. */
export async function openInLiveMode(context: BrowserContext, endpoint = MOCK_SERVER_URL): Promise<void> {
  await context.addInitScript(
    ({ endpoint }) => {
      if (!sessionStorage.getItem('e2e.live-connection')) {
        localStorage.setItem(
          'cts-console.connection.v1',
          JSON.stringify({ mode: 'live', endpoint, region: 'ap-southeast-1', projectId: 'e2e-project', domainId: 'e2e-domain', useProxy: false }),
        );
        sessionStorage.setItem('cts-console.token.v1', 'e2e-token');
        sessionStorage.setItem('e2e.live-connection', '1');
      }
    },
    { endpoint },
  );
}
