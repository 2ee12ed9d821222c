import Box from '@mui/material/Box';
import { type RouteObject, createBrowserRouter, redirect } from 'react-router';
import { AppLayout, AppLayoutFallback } from '@/app/layout/app-layout';
import { RouteError } from '@/app/routes/route-error';

/** Every screen is its own chunk, loaded when first visited, and fails inside the shell. */
const screenRoutes: RouteObject[] = [
  { index: true, loader: () => redirect('/traces') },
  {
    path: 'traces',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/app/routes/traces-route')).TracesRoute }),
  },
  {
    path: 'trackers',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/app/routes/trackers-route')).TrackersRoute }),
  },
  {
    path: 'trackers/:trackerName',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/app/routes/tracker-detail-route')).TrackerDetailRoute }),
  },
  {
    path: 'notifications',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/app/routes/notifications-route')).NotificationsRoute }),
  },
  {
    path: 'settings',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/app/routes/settings-route')).SettingsRoute }),
  },
  {
    path: '*',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/app/routes/not-found-route')).NotFoundRoute }),
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
