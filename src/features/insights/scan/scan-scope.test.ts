import { describe, expect, it } from 'vitest';
import { histogramOf, topValuesOf } from '@/features/insights/scan/scan-analysis';
import { entryOf, mergeNewer } from '@/features/insights/scan/scan-cache';
import { describeScope } from '@/features/insights/scan/scan-scope';
import { fixtureTrace } from '@/features/insights/findings/finding-fixtures';

const from = Date.UTC(2026, 10, 29, 18);
const to = Date.UTC(2026, 11, 6, 18);

describe('the scan scope statement', () => {
  it('states the count, the window and that it is complete', () => {
    const scope = { read: 10_000, from, to, coveredFrom: from, complete: true, bound: 20_000, fetched: 10_000 };
    expect(describeScope(scope, 'UTC')).toBe('10,000 traces, Nov 29 18:00 – Dec 6 18:00, complete');
  });

  it('states what a bounded scan left unread', () => {
    const scope = { read: 20_000, from, to, coveredFrom: Date.UTC(2026, 11, 3, 9, 30), complete: false, bound: 20_000, fetched: 20_000 };
    expect(describeScope(scope, 'UTC')).toBe(
      '20,000 traces, Dec 3 09:30 – Dec 6 18:00, stopped at the bound of 20,000: traces from Nov 29 18:00 to Dec 3 09:30 not read',
    );
  });

  it('says one trace, not one traces', () => {
    expect(describeScope({ read: 1, from, to, coveredFrom: from, complete: true, bound: 200, fetched: 1 }, 'UTC')).toMatch(/^1 trace, /);
  });

  it('keeps a refreshed scan within its bound and window, newest first', () => {
    const old = [fixtureTrace({ time: from + 2 }), fixtureTrace({ time: from + 1 })];
    const cached = entryOf(old, true, { from, to }, 2);
    const newer = [fixtureTrace({ time: to + 5 })];
    const merged = mergeNewer(cached, { traces: newer, complete: true }, { from: from + 2, to: to + 10 });
    expect(merged.traces.map((trace) => trace.time)).toEqual([to + 5, from + 2]);
    expect(merged.scope).toMatchObject({ read: 2, fetched: 1, complete: true, from: from + 2, to: to + 10 });
  });
});

describe('histogram and top values', () => {
  it('bins a week in 2-hour bars stacked by rating', () => {
    const bins = histogramOf([fixtureTrace({ time: from + 1, trace_rating: 'warning' }), fixtureTrace({ time: from + 2 })], from, to);
    expect(bins).toHaveLength(84);
    expect(bins[0]).toMatchObject({ normal: 1, warning: 1, incident: 0, to: from + 2 * 3_600_000 });
  });

  it('counts the ten most frequent values with their share', () => {
    const traces = ['a', 'a', 'b', 'a'].map((user, index) => fixtureTrace({ time: from + index, user }));
    expect(topValuesOf(traces, 'user')).toEqual([
      { value: 'a', count: 3, share: 0.75 },
      { value: 'b', count: 1, share: 0.25 },
    ]);
  });
});

describe('a refresh past the bound', () => {
  it('drops the oldest and says the scan is no longer complete', () => {
    const cached = entryOf([fixtureTrace({ time: from + 2 }), fixtureTrace({ time: from + 1 })], true, { from, to }, 2);
    const merged = mergeNewer(cached, { traces: [fixtureTrace({ time: to + 5 })], complete: true }, { from, to: to + 10 });
    expect(merged.traces.map((trace) => trace.time)).toEqual([to + 5, from + 2]);
    expect(merged.scope).toMatchObject({ complete: false, coveredFrom: from + 2 });
  });
});
