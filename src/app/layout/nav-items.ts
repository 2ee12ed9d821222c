import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import NotificationsActiveOutlinedIcon from '@mui/icons-material/NotificationsActiveOutlined';
import RadarOutlinedIcon from '@mui/icons-material/RadarOutlined';
import SettingsEthernetOutlinedIcon from '@mui/icons-material/SettingsEthernetOutlined';
import TimelineOutlinedIcon from '@mui/icons-material/TimelineOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import type { MessageId } from '@/i18n/message-id';

export interface NavItem {
  label: MessageId;
  /** The item is active on this path and everything under it. */
  path: string;
  icon: SvgIconComponent;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'app.nav.traces', path: '/traces', icon: TimelineOutlinedIcon },
  { label: 'app.nav.insights', path: '/insights', icon: InsightsOutlinedIcon },
  { label: 'app.nav.archive', path: '/archive', icon: Inventory2OutlinedIcon },
  { label: 'app.nav.trackers', path: '/trackers', icon: RadarOutlinedIcon },
  { label: 'app.nav.notifications', path: '/notifications', icon: NotificationsActiveOutlinedIcon },
  { label: 'app.nav.settings', path: '/settings', icon: SettingsEthernetOutlinedIcon },
];

export const DRAWER_WIDTH = 248;
