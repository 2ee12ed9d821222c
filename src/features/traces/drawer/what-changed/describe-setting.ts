import type { Trace } from '@/api/contract/types';
import { fieldText } from '@/features/traces/drawer/field-text';
import { type TimeZoneChoice, formatTime, readTime } from '@/components/time-format';
import type { Translate } from '@/i18n/message-id';

/** Names an earlier trace in words: what, when, by whom. */
export function describeSetting(setting: Trace, timeZone: TimeZoneChoice, t: Translate): string {
  return t('traces.changes.setting', {
    traceName: setting.trace_name,
    time: describeTime(setting.time, timeZone),
    user: fieldText(setting.user?.name ?? setting.user?.user_name),
  });
}

function describeTime(value: unknown, timeZone: TimeZoneChoice): string {
  const epoch = readTime(value);
  return epoch === null ? '—' : formatTime(epoch, timeZone, { milliseconds: true });
}
