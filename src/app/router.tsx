import Box from '@mui/material/Box';
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { type RouteObject, createBrowserRouter, redirect } from 'react-router';
import { AppLayout, AppLayoutFallback } from '@/app/layout/app-layout';
import { RouteError } from '@/app/routes/route-error';
import type * as TracesRoutes from '@/app/routes/traces-route';
import { preloadableLazy } from '@/components/preloadable-lazy';
import { type LaterArea, withCatalogAreas } from '@/i18n/i18n';

/**
 * A screen in its own chunk, loaded when first rendered. React.lazy rather than the route's `lazy`:
 * a chunk that fails to download must reach the route's ErrorBoundary, and a route without a
 * loader does not surface a failed `lazy` (react-router 7 caches the rejection and renders nothing).
 */
function lazyScreen(load: () => Promise<ComponentType>, areas: LaterArea[] = []): ComponentType {
  // The screen's words come with it: it never renders before its English messages are in.
  return preloadableLazy(withCatalogAreas(load, ...areas)).Component;
}

type TracesRouteModule = typeof TracesRoutes;
let tracesRoute: TracesRouteModule | undefined;
const tracesScreen = preloadableLazy(() =>
  import('@/app/routes/traces-route').then(async (module) => {
    tracesRoute = module;
    await module.preloadTraceListParts();
    return module.TracesRoute;
  }),
);

const isTraceList = (pathname: string) => /^\/(traces\/?)?$/.test(pathname);

/**
 * Loads the screen of the URL the app opens on, so it renders without a Suspense fallback. Only the
 * trace list, the usual first screen; a failure is left for the route's error boundary.
 */
export function preloadFirstScreen(pathname: string): Promise<void> {
  return isTraceList(pathname) ? tracesScreen.preload().then(() => undefined, () => undefined) : Promise.resolve();
}

/**
 * Asks for the first screen's data before it renders: on the trace list, its first page of traces,
 * at once when the screen's chunk is loaded. Resolves when it is answered (or failed).
 */
export function prefetchFirstScreenData(queryClient: QueryClient, { pathname, search }: { pathname: string; search: string }): Promise<void> {
  if (!isTraceList(pathname)) {
    return Promise.resolve();
  }
  const prefetch = (module: TracesRouteModule) => module.prefetchTraceList(queryClient, pathname === '/' ? '' : search);
  return (tracesRoute ? prefetch(tracesRoute) : import('@/app/routes/traces-route').then(prefetch)).catch(() => undefined);
}

/** Every screen is its own chunk, loaded when first visited, and fails inside the shell. */
const screenRoutes: RouteObject[] = [
  { index: true, loader: () => redirect('/traces') },
  {
    path: 'traces',
    ErrorBoundary: RouteError,
    Component: tracesScreen.Component,
  },
  {
    path: 'insights',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/insights-route').then((module) => module.InsightsRoute), ['insights']),
  },
  {
    path: 'insights/timeline',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/resource-timeline-route').then((module) => module.ResourceTimelineRoute), ['insights']),
  },
  {
    path: 'archive',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/archive-route').then((module) => module.ArchiveRoute), ['archive']),
  },
  {
    path: 'trackers',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/trackers-route').then((module) => module.TrackersRoute), ['trackers', 'rule-forms']),
  },
  {
    path: 'trackers/:trackerName',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/tracker-detail-route').then((module) => module.TrackerDetailRoute), ['trackers', 'rule-forms']),
  },
  {
    path: 'trackers/new',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/tracker-create-route').then((module) => module.TrackerCreateRoute), ['trackers', 'rule-forms']),
  },
  {
    path: 'trackers/:trackerName/edit',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/tracker-edit-route').then((module) => module.TrackerEditRoute), ['trackers', 'rule-forms']),
  },
  {
    path: 'notifications',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/notifications-route').then((module) => module.NotificationsRoute), ['notifications', 'rule-forms']),
  },
  {
    path: 'notifications/new',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/notification-create-route').then((module) => module.NotificationCreateRoute), ['notifications', 'rule-forms']),
  },
  {
    path: 'notifications/:notificationId',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/notification-edit-route').then((module) => module.NotificationEditRoute), ['notifications', 'rule-forms']),
  },
  {
    path: 'settings',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/settings-route').then((module) => module.SettingsRoute), ['settings']),
  },
  {
    path: '*',
    ErrorBoundary: RouteError,
    Component: lazyScreen(() => import('@/app/routes/not-found-route').then((module) => module.NotFoundRoute)),
  },
];

/** The header, navigation and main landmark around the given screens (tests pass their own). */
export function shellRoute(children: RouteObject[]): RouteObject {
  return {
    id: 'root',
    path: '/',
    Component: AppLayout,
    HydrateFallback: AppLayoutFallback,
    // Only reached when the shell itself fails; screens have their own boundary.
    ErrorBoundary: RootError,
    children,
  };
}

export const appRoutes: RouteObject[] = [shellRoute(screenRoutes)];

function RootError() {
  return (
    <Box component="main" sx={{ p: 3 }}>
      <RouteError />
    </Box>
  );
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
