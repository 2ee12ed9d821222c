import '@/app/zod-config';
import { type ReactNode, StrictMode } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { getConnection, saveConnection, setMockAccount } from '@/api/connection';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter, prefetchFirstScreenData, preloadFirstScreen } from '@/app/router';
import { MockStartFailedScreen, MockStartingScreen } from '@/app/startup-screens';
import { redirectToSettingsOnUnauthorized } from '@/app/unauthorized';

/** How long the app waits for the mock's first answer before rendering without it. */
const FIRST_DATA_WAIT_MS = 250;
/**
 * The "starting" screen is drawn only when the mock is slow to start: drawn every time, it cost the
 * first screen ~100 ms (theme, CSS variables and global styles were set up for it, then again).
 */
const STARTING_SCREEN_DELAY_MS = 300;

async function renderApp(root: Root, notice?: string) {
  const router = createAppRouter();
  const queryClient = createQueryClient({ onUnauthorized: redirectToSettingsOnUnauthorized(router) });
  const firstData = prefetchFirstScreenData(queryClient, window.location);
  if (getConnection().mode === 'mock') {
    // The mock answers in milliseconds: the first render then shows the rows (one render, not a
    // skeleton and then the rows). A live endpoint's answer is not waited for.
    await Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
  }
  // Downloaded only when there is something to say, so the first screen does not carry it.
  const StartupNotice = notice === undefined ? null : (await import('@/app/startup-notice')).StartupNotice;
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
        {StartupNotice && notice !== undefined ? <StartupNotice message={notice} /> : null}
      </AppProviders>
    </StrictMode>,
  );
}

/** Screens shown before the router exists still get the theme; their query client stays unused. */
function renderStartup(root: Root, screen: ReactNode) {
  root.render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient({ onUnauthorized: () => undefined })}>{screen}</AppProviders>
    </StrictMode>,
  );
}

async function start(root: Root) {
  let notice: string | undefined;
  if (getConnection().mode === 'mock') {
    const starting = setTimeout(() => renderStartup(root, <MockStartingScreen />), STARTING_SCREEN_DELAY_MS);
    // The first screen's chunks download while the mock starts (hundreds of milliseconds with a
    // large demo volume), so the screen renders at once instead of behind a Suspense fallback.
    const firstScreen = preloadFirstScreen(window.location.pathname);
    try {
      // Behind the mode check, so Live mode never downloads the mock (STYLE.md §10).
      const { startMockWorker } = await import('@/mocks/browser');
      const { notice: startNotice, ...account } = await startMockWorker();
      setMockAccount(account);
      notice = startNotice;
      await firstScreen;
    } catch (error) {
      clearTimeout(starting);
      console.error('The embedded CTS mock failed to start', error);
      renderStartup(
        root,
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
        />,
      );
      return;
    }
    clearTimeout(starting);
  }
  await renderApp(root, notice);
}

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}
void start(createRoot(container));
