import { useLocale } from '@/i18n/use-t';

/** The charts' dates and numbers in one language, 24-hour time. */
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

export function chartFormat(locale: string): ChartFormat {
  let format = formats.get(locale);
  if (!format) {
    const instant = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' });
    const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const count = new Intl.NumberFormat(locale);
    // English puts a space before the percent sign (as the console always has), Chinese none.
    const percentSign = locale.startsWith('en') ? ' %' : '%';
    format = {
      instant: (time) => instant.format(time),
      day: (time) => day.format(time),
      clock: (time) => clock.format(time),
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
