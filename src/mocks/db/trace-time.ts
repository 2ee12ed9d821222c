import { DEMO_UTC_OFFSET_HOURS } from '@/mocks/db/identities';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Traces can be queried for the last seven days only (L1580). */
export const TRACE_WINDOW_MS = 7 * DAY_MS;
/** Share of the generated traces that fall in the last hour, the console's default range (L1599). */
export const LAST_HOUR_SHARE = 0.012;
/** The newest generated trace is this old, the oldest this much younger than seven days. */
const NEWEST_AGE_MS = 2_000;
const OLDEST_MARGIN_MS = 10 * 60_000;

/**
 * Maps a quantile u in [0, 1) to a time in the last seven days: u = 0 is the newest, u → 1 the
 * oldest. The density follows the demo account's local working hours, so a trace's content is
 * chosen from its quantile (independent of `now`) and only its time depends on `now`.
 */
export interface TimeWarp {
  /** Newest end of each segment, newest segment first. */
  segmentNewest: Float64Array;
  segmentOldest: Float64Array;
  /** Cumulative mass at each segment's newest end (starts at 0). */
  cumulative: Float64Array;
}

export function localHour(time: number): number {
  const local = time + DEMO_UTC_OFFSET_HOURS * HOUR_MS;
  return Math.floor(local / HOUR_MS) % 24;
}

/** Day of week of a time in the demo account's local time, 0 = Sunday (1970-01-01 was a Thursday). */
export function localWeekday(time: number): number {
  const local = time + DEMO_UTC_OFFSET_HOURS * HOUR_MS;
  return (Math.floor(local / DAY_MS) + 4) % 7;
}

/** Start (UTC ms) of the local calendar day that contains `time`. */
export function localDayStart(time: number): number {
  const offset = DEMO_UTC_OFFSET_HOURS * HOUR_MS;
  return Math.floor((time + offset) / DAY_MS) * DAY_MS - offset;
}

/** Relative activity of the demo account at a time: working hours of weekdays are 1. */
export function activity(time: number): number {
  const hour = localHour(time);
  const weekday = localWeekday(time);
  const weekend = weekday === 0 || weekday === 6 ? 0.35 : 1;
  let level = 0.06;
  if ((hour >= 9 && hour < 12) || (hour >= 14 && hour < 18)) {
    level = 1;
  } else if (hour >= 12 && hour < 14) {
    level = 0.7;
  } else if (hour === 8 || (hour >= 18 && hour < 20)) {
    level = 0.45;
  } else if (hour >= 20 && hour < 23) {
    level = 0.2;
  }
  return level * weekend;
}

export function createTimeWarp(now: number): TimeWarp {
  const newest = now - NEWEST_AGE_MS;
  const oldest = now - TRACE_WINDOW_MS + OLDEST_MARGIN_MS;
  const lastHourStart = now - HOUR_MS;
  const newestEnds: number[] = [newest];
  const oldestEnds: number[] = [lastHourStart];
  const masses: number[] = [0];
  // Older segments end at local clock hours, so each has one activity level.
  let segmentNewest = lastHourStart;
  while (segmentNewest > oldest) {
    const hourStart = Math.floor((segmentNewest - 1) / HOUR_MS) * HOUR_MS;
    const segmentOldest = Math.max(hourStart, oldest);
    newestEnds.push(segmentNewest);
    oldestEnds.push(segmentOldest);
    masses.push((segmentNewest - segmentOldest) * activity(segmentOldest));
    segmentNewest = segmentOldest;
  }
  let older = 0;
  for (let i = 1; i < masses.length; i += 1) {
    older += masses[i] ?? 0;
  }
  const cumulative = new Float64Array(masses.length + 1);
  cumulative[1] = LAST_HOUR_SHARE;
  for (let i = 1; i < masses.length; i += 1) {
    cumulative[i + 1] = (cumulative[i] ?? 0) + ((masses[i] ?? 0) / older) * (1 - LAST_HOUR_SHARE);
  }
  return {
    segmentNewest: Float64Array.from(newestEnds),
    segmentOldest: Float64Array.from(oldestEnds),
    cumulative,
  };
}

/** The time of quantile `u` (whole milliseconds). */
export function timeAt(warp: TimeWarp, u: number): number {
  const { cumulative, segmentNewest, segmentOldest } = warp;
  let low = 0;
  let high = segmentNewest.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((cumulative[mid] ?? 0) <= u) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  const start = cumulative[low] ?? 0;
  const mass = (cumulative[low + 1] ?? 1) - start;
  const fraction = mass > 0 ? Math.min(1, (u - start) / mass) : 0;
  const newest = segmentNewest[low] ?? 0;
  const oldest = segmentOldest[low] ?? 0;
  return Math.round(newest - fraction * (newest - oldest));
}
