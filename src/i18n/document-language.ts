import type { I18n } from '@lingui/core';
import { isLocale, storeLocale } from './locales';

/**
 * Keeps the page in step with the active language: `<html lang>` (screen readers, fonts,
 * hyphenation) and the remembered choice. Returns the unsubscribe function.
 */
export function followActiveLocale(i18n: I18n, remember = true): () => void {
  const apply = () => {
    const locale = i18n.locale;
    if (isLocale(locale)) {
      document.documentElement.lang = locale;
    }
  };
  apply();
  return i18n.on('change', () => {
    apply();
    if (remember && isLocale(i18n.locale)) {
      storeLocale(i18n.locale);
    }
  });
}
