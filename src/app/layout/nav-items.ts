import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import NotificationsActiveOutlinedIcon from '@mui/icons-material/NotificationsActiveOutlined';
import RadarOutlinedIcon from '@mui/icons-material/RadarOutlined';
import SettingsEthernetOutlinedIcon from '@mui/icons-material/SettingsEthernetOutlined';
import TimelineOutlinedIcon from '@mui/icons-material/TimelineOutlined';
import type { SvgIconComponent } from '@mui/icons-material';

export interface NavItem {
  label: string;
  /** The item is active on this path and everything under it. */
  path: string;
  icon: SvgIconComponent;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Traces', path: '/traces', icon: TimelineOutlinedIcon },
  { label: 'Insights', path: '/insights', icon: InsightsOutlinedIcon },
  { label: 'Archive', path: '/archive', icon: Inventory2OutlinedIcon },
  { label: 'Trackers', path: '/trackers', icon: RadarOutlinedIcon },
  { label: 'Key Event Notifications', path: '/notifications', icon: NotificationsActiveOutlinedIcon },
  { label: 'Connection settings', path: '/settings', icon: SettingsEthernetOutlinedIcon },
];

export const DRAWER_WIDTH = 248;
