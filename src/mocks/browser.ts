import { setupWorker } from 'msw/browser';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID, DEMO_REGION } from '@/mocks/db/identities';
import { MockDb, type MockPersistence, type PersistedMockState } from '@/mocks/db/mock-db';
import { createCtsHandlers } from '@/mocks/cts-handlers';

const STORAGE_KEY = 'cts-console.mock-state.v1';

/** The browser keeps only what the user changed; generated traces come back from the seed. */
const localStoragePersistence: MockPersistence = {
  load() {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      const state = stored ? (JSON.parse(stored) as PersistedMockState) : null;
      return state?.version === 1 ? state : null;
    } catch {
      return null;
    }
  },
  save(state) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (error) {
      console.warn('The demo state could not be saved; changes will be lost on reload.', error);
    }
  },
  clear() {
    localStorage.removeItem(STORAGE_KEY);
  },
};

/** Starts the embedded mock CTS in this page and answers with the demo account it serves. */
export async function startMockWorker(): Promise<{ projectId: string; domainId: string; region: string }> {
  const worker = setupWorker();
  // The service worker starts and answers its handshake while this thread generates the demo
  // data; no request reaches the mock before both are done (the app awaits this function).
  const started = worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // Seen as handled until awaited below: a failure still surfaces there.
  started.catch(() => undefined);
  // One task's pause lets the start reach its first request to the browser, answered meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const db = new MockDb({ persistence: localStoragePersistence });
  worker.resetHandlers(...createCtsHandlers(db));
  await started;
  return { projectId: DEMO_PROJECT_ID, domainId: DEMO_DOMAIN_ID, region: DEMO_REGION };
}
