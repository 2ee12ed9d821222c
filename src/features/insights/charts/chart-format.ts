import { formatClock, formatShortInstant, formatWeekdayDate } from '@/components/time-format';
import type { Locale } from '@/i18n/locales';
import { useLocale } from '@/i18n/use-t';

/** The charts' dates (in the browser's zone) and numbers in one language, 24-hour time. */
export interface ChartFormat {
  /** "Dec 1, 08:00" / "12月1日 08:00". */
  instant: (time: number) => string;
  /** "Tue, Dec 1" / "12月1日周二". */
  day: (time: number) => string;
  /** "08:00". */
  clock: (time: number) => string;
  count: (value: number) => string;
  /** A share of the traces read: "12 %", "3.4 %" ("12%" in Chinese). */
  share: (share: number) => string;
}

const formats = new Map<string, ChartFormat>();

export function chartFormat(locale: Locale): ChartFormat {
  let format = formats.get(locale);
  if (!format) {
    const count = new Intl.NumberFormat(locale);
    // English puts a space before the percent sign (as the console always has), Chinese none.
    const percentSign = locale.startsWith('en') ? ' %' : '%';
    format = {
      instant: (time) => formatShortInstant(time, 'local', locale),
      day: (time) => formatWeekdayDate(time, 'local', locale),
      clock: (time) => formatClock(time, 'local', locale),
      count: (value) => count.format(value),
      share: (share) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}${percentSign}`,
    };
    formats.set(locale, format);
  }
  return format;
}

/** The chart formats of the active language (a switch re-renders). */
export function useChartFormat(): ChartFormat {
  return chartFormat(useLocale());
}
