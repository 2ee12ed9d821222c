import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { DRAWER_WIDTH } from '@/app/layout/nav-items';
import { PRODUCT_NAME } from '@/app/layout/document-title';

/** The navigation as a modal drawer, for small screens. */
export default function NavDrawerTemporary({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
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
          {PRODUCT_NAME}
        </Typography>
      </Toolbar>
      {children}
    </Drawer>
  );
}
