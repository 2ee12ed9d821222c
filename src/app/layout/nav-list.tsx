import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { Link as RouterLink, useMatch } from 'react-router';
import { NAV_ITEMS, type NavItem } from '@/app/layout/nav-items';
import { useT } from '@/i18n/use-t';

interface NavListProps {
  /** Called after an item is chosen (closes the drawer on small screens). */
  onNavigate?: () => void;
}

function NavListItem({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const t = useT();
  const active = useMatch({ path: item.path, end: false }) !== null;
  const Icon = item.icon;
  return (
    <li>
      <ListItemButton
        component={RouterLink}
        to={item.path}
        selected={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      >
        <ListItemIcon sx={{ minWidth: 36, color: 'inherit' }}>
          <Icon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={t(item.label)} slotProps={{ primary: { sx: { fontWeight: 'inherit', fontSize: '0.875rem' } } }} />
      </ListItemButton>
    </li>
  );
}

/** The console's sections; the current one is marked with `aria-current="page"`, not only by colour. */
export function NavList({ onNavigate }: NavListProps) {
  return (
    <List sx={{ px: 1, display: 'grid', gap: 0.25 }}>
      {NAV_ITEMS.map((item) => (
        <NavListItem key={item.path} item={item} onNavigate={onNavigate} />
      ))}
    </List>
  );
}
