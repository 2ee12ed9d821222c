import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('the zone label', () => {
  const AT = Date.UTC(2026, 11, 1);
  const offset = async () => (await import('@/components/time-format')).utcOffsetLabel(-new Date(AT).getTimezoneOffset());

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is UTC alone when times are shown in UTC', async () => {
    const { zoneLabel } = await import('@/components/time-format');
    expect(zoneLabel('UTC', AT)).toBe('UTC');
  });

  it('names the local zone as Temporal does, where the browser has it', async () => {
    vi.resetModules();
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => 'Asia/Singapore' } });
    const { zoneLabel } = await import('@/components/time-format');
    expect(zoneLabel('local', AT)).toBe(`${await offset()} Asia/Singapore`);
  });

  it('names it as Intl does without Temporal, and gives the offset alone for UTC', async () => {
    vi.resetModules();
    vi.stubGlobal('Temporal', undefined);
    const { zoneLabel } = await import('@/components/time-format');
    const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zoneLabel('local', AT)).toBe(name === 'UTC' ? await offset() : `${await offset()} ${name}`);
  });
});
