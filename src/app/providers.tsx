import { I18nProvider } from '@lingui/react';
import CssBaseline from '@mui/material/CssBaseline';
import { type Theme, ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { COLOR_MODE_STORAGE_KEY, COLOR_SCHEME_STORAGE_KEY, theme } from '@/app/theme';
import { i18n } from '@/i18n/i18n';
import type { Locale } from '@/i18n/locales';
import { useLocale } from '@/i18n/use-t';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Everything a screen needs around it: the language, the query cache and the theme
 * (light/dark/system). Date pickers bring their own LocalizationProvider, so the first screen
 * does not download them.
 */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedThemeProvider>{children}</LocalizedThemeProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}

/** English ships with the theme; another language's MUI texts come with its own chunk. */
function useLocalizedTheme(locale: Locale): Theme {
  const [themes, setThemes] = useState<Partial<Record<Locale, Theme>>>({ en: theme });
  const loaded = themes[locale];
  useEffect(() => {
    if (loaded) {
      return;
    }
    // The chunk may arrive after the console is gone (a test's teardown, a closed tab).
    let unmounted = false;
    void import('@/app/theme-locales').then(({ localizedTheme }) => {
      if (!unmounted) {
        setThemes((current) => ({ ...current, [locale]: localizedTheme(locale) }));
      }
    });
    return () => {
      unmounted = true;
    };
  }, [locale, loaded]);
  return loaded ?? theme;
}

function LocalizedThemeProvider({ children }: { children: ReactNode }) {
  const localized = useLocalizedTheme(useLocale());
  return (
    <ThemeProvider
      theme={localized}
      defaultMode="system"
      modeStorageKey={COLOR_MODE_STORAGE_KEY}
      colorSchemeStorageKey={COLOR_SCHEME_STORAGE_KEY}
      disableTransitionOnChange
    >
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
