import CheckIcon from '@mui/icons-material/Check';
import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import { useId, useState } from 'react';
import { LazyMenu, LazyMenuItem } from '@/components/lazy-menu';
import { activateLocale } from '@/i18n/i18n';
import { LOCALES, LOCALE_NAMES, type Locale } from '@/i18n/locales';
import { useLocale, useT } from '@/i18n/use-t';

/** English or 简体中文: follows the browser until the user chooses, then remembers the choice. */
export function LanguageMenu() {
  const t = useT();
  const locale = useLocale();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const label = t('common.language.changeTo', { language: LOCALE_NAMES[locale] });

  const choose = (next: Locale) => {
    setAnchor(null);
    void activateLocale(next);
  };

  return (
    <>
      <Button
        color="inherit"
        size="small"
        startIcon={<TranslateIcon />}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ minWidth: 0, whiteSpace: 'nowrap', flexShrink: 0, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 0.75 } }, '& .language-name': { display: { xs: 'none', sm: 'inline' } } }}
      >
        <span lang={locale} className="language-name">
          {LOCALE_NAMES[locale]}
        </span>
      </Button>
      <LazyMenu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-label': t('common.language.label') } }}
      >
        {LOCALES.map((option) => {
          const selected = option === locale;
          return (
            <LazyMenuItem key={option} role="menuitemradio" aria-checked={selected} selected={selected} lang={option} onClick={() => choose(option)}>
              <ListItemText>{LOCALE_NAMES[option]}</ListItemText>
              {selected ? <CheckIcon fontSize="small" sx={{ ml: 2 }} aria-hidden /> : null}
            </LazyMenuItem>
          );
        })}
      </LazyMenu>
    </>
  );
}
