import { StrictMode } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { getConnection, saveConnection, setMockAccount, setWorkersReachMock } from '@/api/connection';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { type AppRouter, createAppRouter, prefetchFirstScreenData, preloadFirstScreen } from '@/app/router';
import { redirectToSettingsOnUnauthorized } from '@/app/unauthorized';
// Two small modules, not the mock: its address, and the hold on its first requests (no msw).
import { DEMO_ACCOUNT } from '@/mocks/db/demo-account';
import { answerInPage } from '@/mocks/first-requests';
import type { MockStart } from '@/mocks/browser';
import { followActiveLocale } from '@/i18n/document-language';
import { activateLocale, i18n, loadCatalogAreas } from '@/i18n/i18n';
import { detectLocale } from '@/i18n/locales';

/**
 * How long the first render waits for the mock's first answer, so that it shows the rows at once:
 * one render, not a skeleton and then the rows, which on a slow machine costs the rows hundreds of
 * milliseconds. index.html's frame, drawn where the screen comes, is on screen meanwhile.
 */
const FIRST_DATA_WAIT_MS = 1000;

interface Screen {
  router: AppRouter;
  queryClient: ReturnType<typeof createQueryClient>;
}

async function renderApp(root: Root, { router, queryClient }: Screen, notice?: string) {
  // Downloaded only when there is something to say, so the first screen does not carry it.
  const StartupNotice =
    notice === undefined ? null : (await Promise.all([import('@/app/startup-notice'), loadCatalogAreas('startup')]))[0].StartupNotice;
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
        {StartupNotice && notice !== undefined ? <StartupNotice message={notice} /> : null}
      </AppProviders>
    </StrictMode>,
  );
}

async function renderMockFailure(root: Root, error: unknown) {
  console.error('The embedded CTS mock failed to start', error);
  // Like the notice, downloaded only when the mock fails: Live mode's first screen never needs it.
  const [{ MockStartFailedScreen }] = await Promise.all([import('@/app/startup-screens'), loadCatalogAreas('startup')]);
  root.render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient({ onUnauthorized: () => undefined })}>
        <MockStartFailedScreen
          error={error}
          onRetry={() => window.location.reload()}
          onResetDemo={() => {
            void import('@/mocks/browser')
              .then(({ resetStoredDemoState }) => resetStoredDemoState())
              .finally(() => window.location.reload());
          }}
          onUseLive={() => {
            saveConnection({ ...getConnection(), mode: 'live' });
            window.location.assign('/settings');
          }}
        />
      </AppProviders>
    </StrictMode>,
  );
}

/**
 * Mock mode: the mock starts beside the app, never before it. Its chunk was requested with the
 * page (scripts/vite-mock-preload.ts); the app's requests wait for its data and handlers, and are
 * answered in the page until its service worker answers them, the simulated OBS's always
 * (src/mocks/first-requests.ts).
 */
function startMock(): Promise<MockStart> {
  setMockAccount(DEMO_ACCOUNT);
  // Behind the mode check, so Live mode never downloads the mock (STYLE.md §10).
  const mock = import('@/mocks/browser').then(({ startMockWorker }) => startMockWorker());
  answerInPage(mock);
  setWorkersReachMock(mock.then((started) => started.serviceWorker));
  return mock;
}

async function start(root: Root) {
  // English is in the bundle; another remembered or browser language downloads beside the mock.
  const language = activateLocale(detectLocale());
  followActiveLocale(i18n);
  const mock = getConnection().mode === 'mock' ? startMock() : null;
  const router = createAppRouter();
  const screen: Screen = { router, queryClient: createQueryClient({ onUnauthorized: redirectToSettingsOnUnauthorized(router) }) };
  let failure: { error: unknown } | null = null;
  if (mock) {
    mock.then((started) => started.serviceWorker).catch((error: unknown) => {
      failure = { error };
      void renderMockFailure(root, error);
    });
  }
  // The first screen's data is asked for at once (in Mock mode it waits for the mock's data, not
  // for the service worker); the screen's chunks were requested by the document itself.
  const firstData = prefetchFirstScreenData(screen.queryClient, window.location);
  await preloadFirstScreen(window.location.pathname);
  if (mock) {
    await Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
  }
  await language;
  if (failure) {
    return;
  }
  await renderApp(root, screen);
  // What the start had to reset, said once it is known (the screen is not held for it).
  const notice = await mock?.then((started) => started.notice).catch(() => undefined);
  if (notice !== undefined && !failure) {
    await renderApp(root, screen, notice);
  }
}

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}
void start(createRoot(container));
