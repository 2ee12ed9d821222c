import { describe, expect, it } from 'vitest';
import { formatClock, formatMonthDay, formatShortInstant, formatWeekdayDate } from '@/components/time-format';

const TUESDAY_MORNING = Date.UTC(2026, 11, 1, 8, 5);

describe('the short time forms', () => {
  it('writes an instant with the month, day and 24-hour clock, without the comma inside a list', () => {
    expect(formatShortInstant(TUESDAY_MORNING, 'UTC', 'en')).toBe('Dec 1, 08:05');
    expect(formatShortInstant(TUESDAY_MORNING, 'UTC', 'en', { withinList: true })).toBe('Dec 1 08:05');
    expect(formatShortInstant(TUESDAY_MORNING, 'UTC', 'zh-CN')).toBe('12月1日 08:05');
    expect(formatShortInstant(TUESDAY_MORNING, 'UTC', 'zh-CN', { withinList: true })).toBe('12月1日 08:05');
  });

  it('writes a day with its weekday, a day alone and a clock alone', () => {
    expect(formatWeekdayDate(TUESDAY_MORNING, 'UTC', 'en')).toBe('Tue, Dec 1');
    expect(formatWeekdayDate(TUESDAY_MORNING, 'UTC', 'zh-CN')).toBe('12月1日周二');
    expect(formatMonthDay(TUESDAY_MORNING, 'UTC', 'en')).toBe('Dec 1');
    expect(formatMonthDay(TUESDAY_MORNING, 'UTC', 'zh-CN')).toBe('12月1日');
    expect(formatClock(Date.UTC(2026, 11, 1, 23, 59), 'UTC', 'en')).toBe('23:59');
  });

  it('writes the local forms in the browser’s zone', () => {
    const shift = -new Date(TUESDAY_MORNING).getTimezoneOffset() * 60_000;
    expect(formatClock(TUESDAY_MORNING, 'local', 'en')).toBe(formatClock(TUESDAY_MORNING + shift, 'UTC', 'en'));
  });
});
