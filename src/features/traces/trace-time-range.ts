import { TRACE_RANGES, type TraceRange } from '@/api/traces';
import { TRACE_RETENTION_MS } from '@/api/rules/trace-query-limits';

/** Either a preset relative to now, or an absolute window in UTC milliseconds (exclusive bounds, choice 14). */
export type TraceWindow = { range: TraceRange } | { from: number; to: number };

/** The API's default window: the last hour (L1599–1601). */
export const DEFAULT_TRACE_WINDOW: TraceWindow = { range: '1h' };

export const TRACE_RANGE_PRESETS: readonly { range: TraceRange; label: string }[] = [
  { range: '1h', label: 'Last 1 hour' },
  { range: '1d', label: 'Last 1 day' },
  { range: '1w', label: 'Last 1 week' },
];

export const RETENTION_NOTE = 'CTS keeps traces for the last 7 days: a range cannot start earlier.';

export function isTraceRange(value: string): value is TraceRange {
  return Object.hasOwn(TRACE_RANGES, value);
}

/** The oldest instant a window may start at (L1580). */
export function oldestStart(now: number): number {
  return now - TRACE_RETENTION_MS;
}

export function windowBounds(window: TraceWindow, now: number): { from: number; to: number } {
  return 'range' in window ? { from: now - TRACE_RANGES[window.range], to: now } : window;
}

/** Why a custom window cannot be used, or null. The end may be later than now (choice 13). */
/**
 * The window a user means by the minutes typed in the pickers (which hide the seconds they hold):
 * from the start minute's :00.000 to the end of the end minute, exclusive as the API's `to` is.
 */
export function typedMinutes(from: number, to: number): { from: number; to: number } {
  const MINUTE = 60_000;
  return { from: Math.floor(from / MINUTE) * MINUTE, to: Math.floor(to / MINUTE) * MINUTE + MINUTE };
}

export function checkCustomWindow(from: number, to: number, now: number): string | null {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    return 'Choose both a start and an end.';
  }
  if (from >= to) {
    return 'The start must be earlier than the end.';
  }
  if (to <= oldestStart(now)) {
    return 'The range ends before the last 7 days: CTS no longer has those traces.';
  }
  if (from < oldestStart(now) - 60_000) {
    return RETENTION_NOTE;
  }
  return null;
}

/**
 * A window read from a link: a start older than the 7 days is moved to the oldest start (a link
 * stays useful a few days later), with a notice; a window wholly outside them, or reversed, is refused.
 */
export function fitWindow(from: number, to: number, now: number): { window: TraceWindow | null; notice: string | null } {
  if (from >= to) {
    return { window: null, notice: 'The time range in the link ends before it starts: showing the last hour.' };
  }
  if (to <= oldestStart(now)) {
    return { window: null, notice: 'The time range in the link is older than the 7 days CTS keeps: showing the last hour.' };
  }
  if (from < oldestStart(now)) {
    return { window: { from: oldestStart(now), to }, notice: 'The time range in the link started more than 7 days ago: it now starts 7 days ago.' };
  }
  return { window: { from, to }, notice: null };
}
