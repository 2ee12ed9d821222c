import { type TimeZoneChoice, formatShortInstant } from '@/components/time-format';
import type { ScanScope } from '@/features/insights/scan/scan-cache';
import { activeLocale, translate } from '@/i18n/i18n';
import type { Locale } from '@/i18n/locales';
import type { Translate } from '@/i18n/message-id';

/** The language to state a scope in: a screen passes its `useT()` and `useLocale()`. */
export interface ScopeLanguage {
  t: Translate;
  locale: Locale;
}

/**
 * The scope of a scan in one line, e.g. "10,000 traces, Nov 29 18:00 – Dec 6 18:00, complete", or
 * when the bound stopped it, the part of the window it covers and what it left unread.
 */
export function describeScope(scope: ScanScope, zone: TimeZoneChoice = 'local', language: ScopeLanguage = { t: translate, locale: activeLocale() }): string {
  const { t, locale } = language;
  const instant = (time: number) => formatShortInstant(time, zone, locale, { withinList: true });
  if (scope.complete) {
    return t('insights.scope.complete', { count: scope.read, from: instant(scope.from), to: instant(scope.to) });
  }
  return t('insights.scope.bounded', { count: scope.read, coveredFrom: instant(scope.coveredFrom), to: instant(scope.to), bound: scope.bound, from: instant(scope.from) });
}
