import type { Locale } from '@/i18n/locales';

/**
 * The console's one way of writing a time: "2026-12-05 18:24:33" (".417" where milliseconds
 * matter), 24-hour, sortable, in the zone the user chose, the zone named beside it; and the short
 * forms (below) where a full timestamp would crowd a chart or a summary line.
 */

/** Where times are shown: the browser's zone or UTC. */
export type TimeZoneChoice = 'local' | 'UTC';

/** The date-time pickers' format (dayjs tokens), the same order as formatTime. */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

function pad(value: number): string {
  return String(Math.abs(Math.trunc(value))).padStart(2, '0');
}

/** "UTC+08:00" for a zone `offsetMinutes` east of UTC (Date#getTimezoneOffset has the opposite sign). */
export function utcOffsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  return `UTC${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** "2026-12-05 18:24:33" in the chosen zone; with `milliseconds`, "2026-12-05 18:24:33.417". */
export function formatTime(epochMs: number, zone: TimeZoneChoice, { milliseconds = false } = {}): string {
  const shift = zone === 'UTC' ? 0 : -new Date(epochMs).getTimezoneOffset() * 60_000;
  return new Date(epochMs + shift)
    .toISOString()
    .slice(0, milliseconds ? 23 : 19)
    .replace('T', ' ');
}

/** A time as an API may send it (epoch ms as a number or a string of digits, or ISO 8601), or null. */
export function readTime(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  const epoch = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
  return Number.isFinite(epoch) ? epoch : null;
}

let localZoneName: string | undefined;

type WithTemporal = { Temporal?: { Now?: { timeZoneId?: () => string } } };

/**
 * The browser's zone name, read once. Temporal's answer where there is one: the first
 * Intl.DateTimeFormat a page builds loads its locale's data (about 30 ms in a fresh Chromium tab,
 * on the first screen's path to its rows); Temporal names the zone in a tenth of a millisecond.
 */
function zoneName(): string {
  localZoneName ??= (globalThis as WithTemporal).Temporal?.Now?.timeZoneId?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localZoneName;
}

/** The zone as the user reads it: "UTC", or "UTC+08:00 Asia/Singapore". */
export function zoneLabel(zone: TimeZoneChoice, at: number = Date.now()): string {
  if (zone === 'UTC') {
    return 'UTC';
  }
  const offset = utcOffsetLabel(-new Date(at).getTimezoneOffset());
  const name = zoneName();
  return name && name !== 'UTC' ? `${offset} ${name}` : offset;
}

/** The short forms charts and summary lines use, in the user's language (24-hour, no year). */
type ShortForm = 'instant' | 'weekdayDate' | 'monthDay' | 'clock';

const SHORT_FORMS: Record<ShortForm, Intl.DateTimeFormatOptions> = {
  instant: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  weekdayDate: { weekday: 'short', month: 'short', day: 'numeric' },
  monthDay: { month: 'short', day: 'numeric' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per form, language and zone: a chart labels hundreds of bins. */
function shortFormat(form: ShortForm, locale: Locale, zone: TimeZoneChoice): Intl.DateTimeFormat {
  const key = `${form}|${locale}|${zone}`;
  let format = shortFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { ...SHORT_FORMS[form], ...(zone === 'UTC' ? { timeZone: 'UTC' } : {}) });
    shortFormats.set(key, format);
  }
  return format;
}

/**
 * "Dec 1, 08:00" / "12月1日 08:00". `withinList` drops the English comma ("Dec 1 08:00") for a
 * line that already separates its parts with commas, such as a scan's scope.
 */
export function formatShortInstant(epochMs: number, zone: TimeZoneChoice, locale: Locale, { withinList = false } = {}): string {
  const format = shortFormat('instant', locale, zone);
  if (!withinList || locale !== 'en') {
    return format.format(epochMs);
  }
  const parts = format.formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('month')} ${part('day')} ${part('hour')}:${part('minute')}`;
}

/** "Tue, Dec 1" / "12月1日周二". */
export function formatWeekdayDate(epochMs: number, zone: TimeZoneChoice, locale: Locale): string {
  return shortFormat('weekdayDate', locale, zone).format(epochMs);
}

/** "Dec 1" / "12月1日". */
export function formatMonthDay(epochMs: number, zone: TimeZoneChoice, locale: Locale): string {
  return shortFormat('monthDay', locale, zone).format(epochMs);
}

/** "08:00". */
export function formatClock(epochMs: number, zone: TimeZoneChoice, locale: Locale): string {
  return shortFormat('clock', locale, zone).format(epochMs);
}
