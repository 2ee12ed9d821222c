import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { Link as RouterLink } from 'react-router';
import { LanguageMenu } from '@/app/layout/language-menu';
import { ConnectionIndicator } from '@/app/layout/connection-indicator';
import { ProjectSwitcher } from '@/app/layout/project-switcher';
import { SignInExpiry } from '@/app/layout/sign-in-expiry';
import { NAV_DRAWER_ID } from '@/app/layout/nav-drawer';
import { ThemeModeToggle } from '@/app/layout/theme-mode-toggle';
import { BRAND_RED } from '@/app/theme';
import { useT } from '@/i18n/use-t';
import { PRODUCT_NAME } from '@/app/layout/document-title';

interface AppHeaderProps {
  /** Small screens: the navigation is a drawer behind a menu button. */
  showMenuButton: boolean;
  navigationOpen: boolean;
  onOpenNavigation: () => void;
}

export function AppHeader({ showMenuButton, navigationOpen, onOpenNavigation }: AppHeaderProps) {
  const t = useT();
  return (
    <AppBar position="fixed" sx={(theme) => ({ zIndex: theme.zIndex.drawer + 1 })}>
      <Toolbar variant="dense" sx={{ gap: 1.5 }}>
        {showMenuButton ? (
          <IconButton
            color="inherit"
            edge="start"
            aria-label={t('app.header.openNavigation')}
            aria-controls={NAV_DRAWER_ID}
            aria-expanded={navigationOpen}
            onClick={onOpenNavigation}
          >
            <MenuIcon />
          </IconButton>
        ) : null}
        <Link
          component={RouterLink}
          to="/traces"
          underline="none"
          color="inherit"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, fontWeight: 700, fontSize: '1rem', whiteSpace: 'nowrap', flexShrink: 0 }}
        >
          <Box aria-hidden sx={{ width: 14, height: 14, borderRadius: '3px', backgroundColor: BRAND_RED }} />
          {PRODUCT_NAME}
        </Link>
        <Box sx={{ flexGrow: 1, minWidth: 8 }} />
        <SignInExpiry />
        <ConnectionIndicator />
        <ProjectSwitcher />
        <LanguageMenu />
        <ThemeModeToggle />
      </Toolbar>
    </AppBar>
  );
}
