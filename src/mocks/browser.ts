import { getResponse, http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import { MockDb, type MockPersistence } from '@/mocks/db/mock-db';
import { checkPersistedText } from '@/mocks/db/persisted-state';
import { createCtsHandlers } from '@/mocks/cts-handlers';
import { obsAnswerer } from '@/mocks/handlers/obs-objects';
import { isObsPath } from '@/mocks/obs-path';
import type { InPageMock } from '@/mocks/first-requests';

const STORAGE_KEY = 'cts-console.mock-state.v1';
/** Where a stored state that could not be used is kept, for whoever wants to look at it. */
export const SET_ASIDE_STORAGE_KEY = 'cts-console.mock-state.set-aside';

const RESET_SCOPE = 'the trackers, notifications, tags and injected traces you had changed are back to the demo’s own, and its traces start from now';

function setAside(stored: string): void {
  localStorage.setItem(SET_ASIDE_STORAGE_KEY, stored);
  localStorage.removeItem(STORAGE_KEY);
}

/** The browser keeps what the user changed and the state's anchor; generated traces come back from the seed. */
function localStoragePersistence(notices: string[]): MockPersistence {
  return {
    load(now) {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (stored === null) {
        return null;
      }
      const check = checkPersistedText(stored, now);
      if ('state' in check) {
        return check.state;
      }
      setAside(stored);
      notices.push(
        `The stored demo data could not be read (${check.problem}), so the demo was reset: ${RESET_SCOPE}. ` +
          `The old value is kept in this browser’s localStorage as “${SET_ASIDE_STORAGE_KEY}”.`,
      );
      return null;
    },
    save(state) {
      // A change that cannot be stored fails (and is undone), rather than vanishing on reload.
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    },
  };
}

/** Sets the stored demo state aside, so that the next start begins from the seeded state ("Reset demo data"). */
export function resetStoredDemoState(): void {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored !== null) {
    setAside(stored);
  }
}

/**
 * The demo state from storage; a stored state that passes the shape check but still cannot be
 * built is set aside too, with a notice, instead of failing the start for good.
 */
function openMockDb(notices: string[]): MockDb {
  try {
    return new MockDb({ persistence: localStoragePersistence(notices) });
  } catch (error) {
    console.error('The stored demo state could not be used', error);
    resetStoredDemoState();
    notices.push(`The stored demo data could not be used, so the demo was reset: ${RESET_SCOPE}.`);
    return new MockDb({ persistence: localStoragePersistence(notices) });
  }
}

/**
 * msw's start resolves once its service worker is active, which can be a moment before the worker
 * has claimed this page; a Web Worker created in that moment would not be answered by it.
 */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) {
    return Promise.resolve();
  }
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}

export interface MockStart extends InPageMock {
  /** What the start had to reset, to tell the user; absent when nothing was. */
  notice?: string;
}

/**
 * Starts the embedded mock CTS in this page. Resolves as soon as the demo state and its handlers
 * are ready, so the page can be answered in the page at once (src/mocks/first-requests.ts); its
 * service worker goes on installing meanwhile (`serviceWorker`), and answers every request once
 * it is ready, with the same handlers.
 */
export async function startMockWorker(): Promise<MockStart> {
  const worker = setupWorker();
  // The service worker starts and answers its handshake while this thread generates the demo data.
  const started = worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mock-service-worker.js` },
  });
  // Seen as handled here: a failure surfaces to whoever awaits `serviceWorker`.
  started.catch(() => undefined);
  // One task's pause lets the start reach its first request to the browser, answered meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const notices: string[] = [];
  const db = openMockDb(notices);
  const handlers = [
    // What the page sends through the console's proxy (an IAM sign-in that leaves the demo) goes to
    // the real endpoint: the handlers' `*/v3/...` patterns would otherwise answer it here.
    http.all('*/cts-proxy/*', () => passthrough()),
    ...createCtsHandlers(db, { sameOrigin: window.location.origin }),
  ];
  worker.resetHandlers(...handlers);
  // The simulated OBS's reads (hundreds per archive query) go straight to its handler, the same
  // answer without msw's matching against every handler (and reading of cookies) for each.
  const answerObs = obsAnswerer(db);
  const start: MockStart = {
    answer: (request) => (isObsPath(new URL(request.url).pathname) ? answerObs(request) : getResponse(handlers, request)),
    serviceWorker: started.then(controlled),
  };
  if (notices.length > 0) {
    start.notice = notices.join(' ');
  }
  return start;
}
