import { describe, expect, it } from 'vitest';
import { notificationErrorHint } from '@/features/notifications/builder/server-error-hint';

describe('notificationErrorHint', () => {
  it('explains a refused body, which CTS answers with CTS.0003 and no field', () => {
    expect(notificationErrorHint('CTS.0003')).toMatch(/without naming the setting/);
  });

  it('explains a notification that no longer exists', () => {
    expect(notificationErrorHint('CTS.MOCK.0404')).toMatch(/no longer exists/);
  });

  it('adds nothing to codes that speak for themselves, or to an error without a code', () => {
    expect(notificationErrorHint('CTS.0004')).toBeUndefined();
    expect(notificationErrorHint(undefined)).toBeUndefined();
  });
});
