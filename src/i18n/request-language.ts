import { type Locale, X_LANGUAGE } from './locales';

/**
 * The language CTS and IAM calls ask for: the one being switched to, so calls made while its
 * catalogs download already ask for it. Apart from the catalogs, so the API client (and the scan's
 * Web Worker, which bundles it) does not carry them.
 */
let requested: Locale = 'en';

export function setRequestedLocale(locale: Locale): void {
  requested = locale;
}

export function getRequestedLocale(): Locale {
  return requested;
}

/** The `X-Language` header for CTS and IAM calls. */
export function activeXLanguage(): string {
  return X_LANGUAGE[requested];
}
