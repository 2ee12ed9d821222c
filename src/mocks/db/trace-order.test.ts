import { describe, expect, it } from 'vitest';
import { traceIdOf } from '@/mocks/db/trace-ids';
import { newestFirst } from '@/mocks/db/trace-order';

const SEED = 7;

/** The order by its definition: newest first, then the later trace ID first. */
function byDefinition(time: Float64Array): number[] {
  return Array.from(time.keys()).sort((a, b) => {
    const byTime = (time[b] ?? 0) - (time[a] ?? 0);
    if (byTime !== 0) {
      return byTime;
    }
    const idA = traceIdOf(SEED, a);
    const idB = traceIdOf(SEED, b);
    return idA < idB ? 1 : idA > idB ? -1 : 0;
  });
}

describe('the order of generated traces', () => {
  it('is newest first, with equal times ordered by trace ID, as the comparator would give', () => {
    const now = Date.UTC(2026, 10, 23);
    // Many ties: 5,000 traces over 600 distinct milliseconds.
    const time = Float64Array.from({ length: 5_000 }, (_, k) => now - ((k * 7919) % 600) * 1_000);
    expect(Array.from(newestFirst(SEED, time))).toEqual(byDefinition(time));
  });

  it('falls back to the comparator for times that cannot be packed (fractions, huge spans)', () => {
    const fractional = Float64Array.from([5.5, 1, 5.5, 3]);
    expect(Array.from(newestFirst(SEED, fractional))).toEqual(byDefinition(fractional));
    const huge = Float64Array.from([0, Number.MAX_SAFE_INTEGER / 2, 42, 0]);
    expect(Array.from(newestFirst(SEED, huge))).toEqual(byDefinition(huge));
  });

  it('handles no traces and one trace', () => {
    expect(Array.from(newestFirst(SEED, new Float64Array(0)))).toEqual([]);
    expect(Array.from(newestFirst(SEED, Float64Array.from([12])))).toEqual([0]);
  });
});
