import { describe, expect, it } from 'vitest';
import { oldestStart, windowBounds } from '@/api/rules/trace-query-rules';
import { checkCustomWindow as checkWindow, typedMinutes } from '@/features/traces/trace-time-range';
import { formatTime, utcOffsetLabel, zoneLabel } from '@/components/time-format';
import { translate } from '@/i18n/i18n';

const NOW = Date.UTC(2024, 4, 10, 12, 0, 0);
const HOUR = 3_600_000;
/** The reason a window is refused, as the user reads it (English). */
const checkCustomWindow = (from: number, to: number, now: number) => {
  const reason = checkWindow(from, to, now);
  return reason && translate(reason);
};

describe('time range rules', () => {
  it('resolves presets against now, and keeps custom windows', () => {
    expect(windowBounds({ range: '1h' }, NOW)).toEqual({ from: NOW - HOUR, to: NOW });
    expect(windowBounds({ range: '1w' }, NOW)).toEqual({ from: NOW - 168 * HOUR, to: NOW });
    expect(windowBounds({ from: 1, to: 2 }, NOW)).toEqual({ from: 1, to: 2 });
  });

  it('accepts a window inside the last 7 days', () => {
    expect(checkCustomWindow(NOW - 3 * HOUR, NOW - HOUR, NOW)).toBeNull();
    expect(checkCustomWindow(oldestStart(NOW), NOW, NOW)).toBeNull();
  });

  it('refuses a reversed window, one that starts before the 7 days, or one that ends before them', () => {
    expect(checkCustomWindow(NOW - HOUR, NOW - 2 * HOUR, NOW)).toMatch(/earlier than the end/);
    expect(checkCustomWindow(NOW - HOUR, NOW - HOUR, NOW)).toMatch(/earlier than the end/);
    expect(checkCustomWindow(NOW - 8 * 24 * HOUR, NOW, NOW)).toMatch(/7 days/);
    expect(checkCustomWindow(NOW - 9 * 24 * HOUR, NOW - 8 * 24 * HOUR, NOW)).toMatch(/before the last 7 days/);
    expect(checkCustomWindow(Number.NaN, NOW, NOW)).toMatch(/both/);
  });

  it('formats times in UTC or in the local zone, and names offsets', () => {
    expect(formatTime(NOW, 'UTC')).toBe('2024-05-10 12:00:00');
    expect(formatTime(NOW, 'local')).toMatch(/^2024-05-1\d \d\d:\d\d:00$/);
    expect(utcOffsetLabel(480)).toBe('UTC+08:00');
    expect(zoneLabel('local')).toMatch(/^UTC[+−]\d\d:\d\d( [\w/+-]+)?$/);
    expect(formatTime(NOW + 417, 'UTC', { milliseconds: true })).toBe('2024-05-10 12:00:00.417');
    expect(utcOffsetLabel(-330)).toBe('UTC−05:30');
  });
});

describe('a custom range typed in minutes', () => {
  it('starts at the start minute’s :00.000 and ends with the end minute, exclusive', () => {
    const at = (time: string) => Date.parse(`2026-12-05T${time}Z`);
    expect(typedMinutes(at('01:00:31.534'), at('04:00:31.534'))).toEqual({ from: at('01:00:00.000'), to: at('04:01:00.000') });
    expect(typedMinutes(at('01:00:00.000'), at('04:00:00.000'))).toEqual({ from: at('01:00:00.000'), to: at('04:01:00.000') });
  });
});
