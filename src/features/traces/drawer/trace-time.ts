export type TimeZoneChoice = 'local' | 'UTC';

const formatters = new Map<TimeZoneChoice, Intl.DateTimeFormat>();

function formatterFor(zone: TimeZoneChoice): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
      timeZoneName: 'short',
      ...(zone === 'UTC' ? { timeZone: 'UTC' } : {}),
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** A trace timestamp (UTC ms, L1647, L1649) in the chosen zone, the zone named, to the millisecond. */
export function formatTraceTime(epochMs: unknown, zone: TimeZoneChoice): string | null {
  const value = typeof epochMs === 'string' && epochMs.trim() !== '' ? Number(epochMs) : epochMs;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return null;
  }
  return formatterFor(zone).format(new Date(value));
}
