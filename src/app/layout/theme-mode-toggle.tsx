import CheckIcon from '@mui/icons-material/Check';
import DarkModeOutlinedIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlinedIcon from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlinedIcon from '@mui/icons-material/SettingsBrightnessOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useColorScheme } from '@mui/material/styles';
import { useId, useState } from 'react';
import { LazyMenu, LazyMenuItem } from '@/components/lazy-menu';
import { useT } from '@/i18n/use-t';
import type { MessageId } from '@/i18n/message-id';

type Mode = 'light' | 'dark' | 'system';

const MODES: readonly { mode: Mode; label: MessageId; icon: SvgIconComponent }[] = [
  { mode: 'light', label: 'app.colourScheme.light', icon: LightModeOutlinedIcon },
  { mode: 'dark', label: 'app.colourScheme.dark', icon: DarkModeOutlinedIcon },
  { mode: 'system', label: 'app.colourScheme.system', icon: SettingsBrightnessOutlinedIcon },
];

/** Light, dark, or follow the system (the default); MUI remembers the choice in localStorage. */
export function ThemeModeToggle() {
  const t = useT();
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = MODES.find((option) => option.mode === (mode ?? 'system')) ?? MODES[2];
  const CurrentIcon = current?.icon ?? SettingsBrightnessOutlinedIcon;
  const label = t('app.colourScheme.current', { mode: t(current?.label ?? 'app.colourScheme.system') });

  const choose = (next: Mode) => {
    setMode(next);
    setAnchor(null);
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <CurrentIcon />
      </IconButton>
      <LazyMenu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-label': t('app.colourScheme.label') } }}
      >
        {MODES.map(({ mode: option, label: optionLabel, icon: Icon }) => {
          const selected = option === current?.mode;
          return (
            <LazyMenuItem
              key={option}
              role="menuitemradio"
              aria-checked={selected}
              selected={selected}
              onClick={() => choose(option)}
            >
              <ListItemIcon>
                <Icon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t(optionLabel)}</ListItemText>
              {selected ? <CheckIcon fontSize="small" sx={{ ml: 2 }} aria-hidden /> : null}
            </LazyMenuItem>
          );
        })}
      </LazyMenu>
    </>
  );
}
