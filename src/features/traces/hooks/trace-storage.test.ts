import { describe, expect, it } from 'vitest';
import { readSavedViews } from '@/features/traces/hooks/use-saved-views';
import { DEFAULT_TRACE_PREFERENCES, readTracePreferences } from '@/features/traces/hooks/use-trace-preferences';

describe('stored table preferences', () => {
  it('keeps valid choices and replaces the rest with defaults', () => {
    expect(
      readTracePreferences(
        JSON.stringify({ columns: ['user', 'nope', 'time', 'user'], widths: { user: 240, time: 10, nope: 100, source_ip: 150.5 }, pageSize: 200, timeZone: 'UTC' }),
      ),
    ).toEqual({
      columns: ['user', 'time'],
      // Within 60–800 px, whole pixels, of a known column.
      widths: { user: 240 },
      pageSize: 200,
      timeZone: 'UTC',
    });
    expect(readTracePreferences(JSON.stringify({ columns: [], pageSize: 500, timeZone: 'Mars' }))).toEqual(DEFAULT_TRACE_PREFERENCES);
    expect(readTracePreferences('not json')).toEqual(DEFAULT_TRACE_PREFERENCES);
    expect(readTracePreferences(null).pageSize).toBe(50);
  });
});

describe('stored saved views', () => {
  it('reads well-formed views and skips the others', () => {
    const raw = JSON.stringify([{ name: 'CTS deletions', search: 'service_type=CTS', columns: ['time', 'bad'] }, { name: '', search: '' }, 7]);
    expect(readSavedViews(raw)).toEqual([{ name: 'CTS deletions', search: 'service_type=CTS', columns: ['time'] }]);
    expect(readSavedViews('{')).toEqual([]);
  });
});
