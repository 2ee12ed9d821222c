import type { Trace } from '@/api/contract/types';
import { fieldText } from '@/features/traces/drawer/field-text';
import { type TimeZoneChoice, formatTraceTime } from '@/features/traces/drawer/trace-time';

/** Names an earlier trace in words: what, when, by whom. */
export function describeSetting(setting: Trace, timeZone: TimeZoneChoice): string {
  return `${setting.trace_name} at ${formatTraceTime(setting.time, timeZone) ?? '—'} by ${fieldText(setting.user?.name ?? setting.user?.user_name)}`;
}
