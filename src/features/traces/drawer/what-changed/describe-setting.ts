import type { Trace } from '@/api/contract/types';
import { fieldText } from '@/features/traces/drawer/field-text';
import { type TimeZoneChoice, formatTime, readTime } from '@/components/time-format';

/** Names an earlier trace in words: what, when, by whom. */
export function describeSetting(setting: Trace, timeZone: TimeZoneChoice): string {
  return `${setting.trace_name} at ${describeTime(setting.time, timeZone)} by ${fieldText(setting.user?.name ?? setting.user?.user_name)}`;
}

function describeTime(value: unknown, timeZone: TimeZoneChoice): string {
  const epoch = readTime(value);
  return epoch === null ? '—' : formatTime(epoch, timeZone, { milliseconds: true });
}
