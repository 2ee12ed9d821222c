import { type TraceRange, type TraceWindow, oldestStart } from '@/api/rules/trace-query-rules';
import type { MessageId } from '@/i18n/message-id';

export const TRACE_RANGE_PRESETS: readonly { range: TraceRange; label: MessageId }[] = [
  { range: '1h', label: 'traces.range.1h' },
  { range: '1d', label: 'traces.range.1d' },
  { range: '1w', label: 'traces.range.1w' },
];

export const RETENTION_NOTE: MessageId = 'traces.range.retention';

/**
 * The window a user means by the minutes typed in the pickers (which hide the seconds they hold):
 * from the start minute's :00.000 to the end of the end minute, exclusive as the API's `to` is.
 */
export function typedMinutes(from: number, to: number): { from: number; to: number } {
  const MINUTE = 60_000;
  return { from: Math.floor(from / MINUTE) * MINUTE, to: Math.floor(to / MINUTE) * MINUTE + MINUTE };
}

/** Why a custom window cannot be used, or null. The end may be later than now (choice 13). */
export function checkCustomWindow(from: number, to: number, now: number): MessageId | null {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    return 'traces.range.check.both';
  }
  if (from >= to) {
    return 'traces.range.check.order';
  }
  if (to <= oldestStart(now)) {
    return 'traces.range.check.tooOld';
  }
  if (from < oldestStart(now) - 60_000) {
    return RETENTION_NOTE;
  }
  return null;
}

/** The notices of a link whose range reached back beyond the 7 days: the archive may hold those traces. */
export const BEYOND_RETENTION_NOTICES: readonly MessageId[] = ['traces.link.window.tooOld', 'traces.link.window.clamped'];

/**
 * A window read from a link: a start older than the 7 days is moved to the oldest start (a link
 * stays useful a few days later), with a notice; a window wholly outside them, or reversed, is refused.
 */
export function fitWindow(from: number, to: number, now: number): { window: TraceWindow | null; notice: MessageId | null } {
  if (from >= to) {
    return { window: null, notice: 'traces.link.window.reversed' };
  }
  if (to <= oldestStart(now)) {
    return { window: null, notice: 'traces.link.window.tooOld' };
  }
  if (from < oldestStart(now)) {
    return { window: { from: oldestStart(now), to }, notice: 'traces.link.window.clamped' };
  }
  return { window: { from, to }, notice: null };
}
