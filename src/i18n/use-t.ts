import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import { catalogTitle } from './i18n';
import type { Locale } from './locales';
import type { Message, MessageId, Translate } from './message-id';

/**
 * The active language's translate function. A screen that calls it re-renders when the user
 * switches language; `t` is stable until then.
 */
export function useT(): Translate {
  const { i18n } = useLingui();
  // i18n.locale in the deps: a new function per language, so memoised children follow a switch.
  const locale = i18n.locale;
  return useCallback<Translate>((id, values) => (locale ? i18n._(id, values) : id), [i18n, locale]);
}

/** Renders a `Message` (what rules and errors return) in the active language. */
export function useMessage(): (message: Message | MessageId) => string {
  const t = useT();
  return useCallback((message) => (typeof message === 'string' ? t(message) : t(message.id, message.values)), [t]);
}

/** `catalogTitle` (src/i18n/i18n.ts) for screens: they re-render with the language. */
export function useCatalogTitle(): (english: string) => string {
  const locale = useLocale();
  return useCallback((english) => (locale === 'en' ? english : catalogTitle(english)), [locale]);
}

export function useLocale(): Locale {
  return useLingui().i18n.locale as Locale;
}

