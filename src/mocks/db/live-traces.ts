import { hashOf, randomFor } from '@/mocks/db/random';
import { HOUR_MS, LAST_HOUR_SHARE, activity } from '@/mocks/db/trace-time';

const COUNT_SALT = 41;
const TIME_SALT = 42;
const WEEK_HOURS = 7 * 24;

/** Activity summed over a week of hours (the same for any whole week). */
const WEEK_ACTIVITY = Array.from({ length: WEEK_HOURS }, (_, hour) => activity(hour * HOUR_MS)).reduce((sum, level) => sum + level, 0);

/**
 * Times of the management traces that arrived after the generated week, as they would on a live
 * account: hour by hour since the anchor, as many as the week's rate and the account's working
 * hours give. Hour h's traces are drawn from (seed, h) alone and sorted, so the traces up to any
 * moment are a prefix of those up to a later one: a trace keeps its ordinal, ID and time as more
 * arrive. Returns the times of those not newer than `until`, oldest first.
 */
export function liveTraceTimes(seed: number, volume: number, anchor: number, until: number): Float64Array {
  const times: number[] = [];
  const hourlyShare = (volume * (1 - LAST_HOUR_SHARE)) / WEEK_ACTIVITY;
  for (let hour = 0; anchor + hour * HOUR_MS < until; hour += 1) {
    const start = anchor + hour * HOUR_MS;
    const expected = hourlyShare * activity(start);
    const whole = Math.floor(expected);
    const count = whole + (hashOf(seed, hour, COUNT_SALT) / 0x1_0000_0000 < expected - whole ? 1 : 0);
    const random = randomFor(seed, hour, TIME_SALT);
    const offsets = Array.from({ length: count }, () => 1 + Math.floor(random() * (HOUR_MS - 1))).sort((a, b) => a - b);
    for (const offset of offsets) {
      if (start + offset > until) {
        return Float64Array.from(times);
      }
      times.push(start + offset);
    }
  }
  return Float64Array.from(times);
}
