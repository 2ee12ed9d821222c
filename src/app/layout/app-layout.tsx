import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { type ReactNode, Suspense, useState } from 'react';
import { Outlet, useNavigation } from 'react-router';
import { AppHeader } from '@/app/layout/app-header';
import { NavDrawer } from '@/app/layout/nav-drawer';
import { MAIN_CONTENT_ID, SkipLink } from '@/app/layout/skip-link';
import { useT } from '@/i18n/use-t';

/** Sits over the top edge of the content, so showing it never moves the page. */
function PageProgress() {
  const t = useT();
  return (
    <LinearProgress
      aria-label={t('app.layout.loadingPage')}
      sx={(theme) => ({ position: 'fixed', top: 48, left: 0, right: 0, zIndex: theme.zIndex.appBar + 1, height: 3 })}
    />
  );
}

interface AppShellProps {
  loading?: boolean;
  children?: ReactNode;
}

/** Header, navigation and the `<main>` landmark around whatever the route renders. */
export function AppShell({ loading = false, children }: AppShellProps) {
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [navigationOpen, setNavigationOpen] = useState(false);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <AppHeader
        showMenuButton={!desktop}
        navigationOpen={navigationOpen}
        onOpenNavigation={() => setNavigationOpen(true)}
      />
      {loading ? <PageProgress /> : null}
      <NavDrawer permanent={desktop} open={navigationOpen} onClose={() => setNavigationOpen(false)} />
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, outline: 'none', display: 'flex', flexDirection: 'column' }}
      >
        <Toolbar variant="dense" />
        <Box sx={{ p: { xs: 2, md: 3 }, flexGrow: 1, minWidth: 0 }}>{children}</Box>
      </Box>
    </Box>
  );
}

/** The root route's component: route changes show a progress bar while the next module loads. */
export function AppLayout() {
  const navigation = useNavigation();
  return (
    <AppShell loading={navigation.state === 'loading'}>
      <Suspense fallback={<PageProgress />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}

/** Shown while the first route module loads: the whole shell, with the progress bar. */
export function AppLayoutFallback() {
  return <AppShell loading />;
}
