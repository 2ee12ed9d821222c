import { type TraceRange, type TraceWindow, oldestStart } from '@/api/rules/trace-query-rules';

export const TRACE_RANGE_PRESETS: readonly { range: TraceRange; label: string }[] = [
  { range: '1h', label: 'Last 1 hour' },
  { range: '1d', label: 'Last 1 day' },
  { range: '1w', label: 'Last 1 week' },
];

export const RETENTION_NOTE = 'CTS keeps traces for the last 7 days: a range cannot start earlier.';

/**
 * The window a user means by the minutes typed in the pickers (which hide the seconds they hold):
 * from the start minute's :00.000 to the end of the end minute, exclusive as the API's `to` is.
 */
export function typedMinutes(from: number, to: number): { from: number; to: number } {
  const MINUTE = 60_000;
  return { from: Math.floor(from / MINUTE) * MINUTE, to: Math.floor(to / MINUTE) * MINUTE + MINUTE };
}

/** Why a custom window cannot be used, or null. The end may be later than now (choice 13). */
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
