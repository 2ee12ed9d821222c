/** Where trace times are shown: the browser's zone or UTC. */
export type TraceTimeZone = 'local' | 'UTC';

function pad(value: number): string {
  return String(Math.abs(Math.trunc(value))).padStart(2, '0');
}

/** "UTC+08:00" for a zone `offsetMinutes` east of UTC (Date#getTimezoneOffset has the opposite sign). */
export function utcOffsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  return `UTC${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** A sortable, unambiguous "2024-05-01 13:45:07" in the chosen zone; the zone is named beside it. */
export function formatTraceTime(epochMs: number, zone: TraceTimeZone): string {
  const shift = zone === 'UTC' ? 0 : -new Date(epochMs).getTimezoneOffset() * 60_000;
  return new Date(epochMs + shift).toISOString().slice(0, 19).replace('T', ' ');
}

/** The zone as the user reads it: "UTC", or "UTC+02:00 (Europe/Paris)". */
export function zoneLabel(zone: TraceTimeZone, at: number = Date.now()): string {
  if (zone === 'UTC') {
    return 'UTC';
  }
  const offset = utcOffsetLabel(-new Date(at).getTimezoneOffset());
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return name && name !== 'UTC' ? `${offset} (${name})` : offset;
}
