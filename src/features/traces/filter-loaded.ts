import type { Trace } from '@/api/contract/types';
import type { TraceColumn } from '@/features/traces/trace-columns-config';
import type { TimeZoneChoice } from '@/components/time-format';
import type { Translate } from '@/i18n/message-id';

/** The loaded traces whose visible cells (in the active language, `t`) contain `text`, ignoring case. */
export function filterLoaded(traces: readonly Trace[], text: string, columns: readonly TraceColumn[], zone: TimeZoneChoice, t: Translate): readonly Trace[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) {
    return traces;
  }
  return traces.filter((trace) => columns.some((column) => column.text(trace, zone, t).toLocaleLowerCase().includes(needle)));
}
