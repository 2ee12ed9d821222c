import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type RouteObject, RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { appRoutes } from '@/app/router';
import { redirectToSettingsOnUnauthorized } from '@/app/unauthorized';
import { installMatchMedia } from '@/testing/match-media';

export interface RenderAppOptions {
  /** The URL to start at, e.g. `/trackers?tracker_type=data`. */
  path?: string;
  /** The route tree; the app's own by default. */
  routes?: RouteObject[];
  /** A client prepared by the test (e.g. with prefetched queries); a fresh one by default. */
  queryClient?: QueryClient;
}

/**
 * Renders routes as the app does (theme, dates, query cache with the 401 redirect) in a memory
 * router, with a fresh QueryClient that never retries, so each test sees the first answer.
 */
export function renderApp({ path = '/', routes = appRoutes, queryClient: prepared }: RenderAppOptions = {}) {
  installMatchMedia();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient: QueryClient = prepared ?? createQueryClient({ onUnauthorized: redirectToSettingsOnUnauthorized(router) });
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
    mutations: { retry: false },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient };
}
