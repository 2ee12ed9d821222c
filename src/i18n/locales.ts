/** The console's languages, in the order the language menu lists them. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, as the language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The `X-Language` value CTS and IAM take (Huawei's SDK sends `zh-cn` or `en-us`). */
export const X_LANGUAGE: Record<Locale, string> = { en: 'en-us', 'zh-CN': 'zh-cn' };

export const LOCALE_STORAGE_KEY = 'cts-console.locale.v1';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language an `X-Language` or `Accept-Language` value asks for: Chinese for any `zh…`, else English. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The remembered choice, else the browser's first language the console speaks, else English. */
export function detectLocale(
  stored: string | null = readStoredLocale(),
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  if (isLocale(stored)) {
    return stored;
  }
  const spoken = browserLanguages.find((tag) => /^(zh|en)\b/i.test(tag));
  return localeFromLanguageTag(spoken);
}

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
