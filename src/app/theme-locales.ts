import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';
import type { Locale } from '@/i18n/locales';
import { theme, themeOptions } from '@/app/theme';

/** The theme with MUI's own texts (pagination, autocomplete, close buttons) in the given language. */
export function localizedTheme(locale: Locale) {
  return locale === 'zh-CN' ? createTheme(themeOptions, zhCN) : theme;
}
