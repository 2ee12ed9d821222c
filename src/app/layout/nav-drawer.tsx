import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { DRAWER_WIDTH } from '@/app/layout/nav-items';
import { NavList } from '@/app/layout/nav-list';

interface NavDrawerProps {
  /** Desktop: always visible beside the content. Otherwise a drawer opened by the header's menu button. */
  permanent: boolean;
  open: boolean;
  onClose: () => void;
}

export const NAV_DRAWER_ID = 'app-navigation';

export function NavDrawer({ permanent, open, onClose }: NavDrawerProps) {
  const content = (
    <Box component="nav" aria-label="Main" id={NAV_DRAWER_ID} sx={{ overflowY: 'auto', py: 1 }}>
      <NavList onNavigate={permanent ? undefined : onClose} />
    </Box>
  );

  if (permanent) {
    return (
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        {content}
      </Drawer>
    );
  }

  return (
    <Drawer
      variant="temporary"
      open={open}
      onClose={onClose}
      ModalProps={{ keepMounted: true }}
      sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
    >
      <Toolbar variant="dense">
        <Typography component="p" sx={{ fontWeight: 700 }}>
          CTS Console
        </Typography>
      </Toolbar>
      {content}
    </Drawer>
  );
}
