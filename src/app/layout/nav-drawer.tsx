import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { Suspense, lazy } from 'react';
import { DRAWER_WIDTH } from '@/app/layout/nav-items';
import { NavList } from '@/app/layout/nav-list';
import { useT } from '@/i18n/use-t';

// The modal drawer (MUI Drawer brings Modal and its transitions) is only needed on small screens,
// so the desktop's first screen does not download it.
const NavDrawerTemporary = lazy(() => import('@/app/layout/nav-drawer-temporary'));

interface NavDrawerProps {
  /** Desktop: always visible beside the content. Otherwise a drawer opened by the header's menu button. */
  permanent: boolean;
  open: boolean;
  onClose: () => void;
}

export const NAV_DRAWER_ID = 'app-navigation';

export function NavDrawer({ permanent, open, onClose }: NavDrawerProps) {
  const t = useT();
  const content = (
    <Box component="nav" aria-label={t('app.nav.label')} id={NAV_DRAWER_ID} sx={{ overflowY: 'auto', py: 1 }}>
      <NavList onNavigate={permanent ? undefined : onClose} />
    </Box>
  );

  if (permanent) {
    return (
      <Box
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflowY: 'auto',
          borderRight: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Toolbar variant="dense" />
        {content}
      </Box>
    );
  }

  return (
    <Suspense fallback={null}>
      <NavDrawerTemporary open={open} onClose={onClose}>
        {content}
      </NavDrawerTemporary>
    </Suspense>
  );
}
