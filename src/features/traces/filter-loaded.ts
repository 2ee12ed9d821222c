import type { Trace } from '@/api/contract/types';
import type { TraceColumn } from '@/features/traces/trace-columns-config';
import type { TimeZoneChoice } from '@/components/time-format';

/** The loaded traces whose visible cells contain `text`, ignoring case. */
export function filterLoaded(traces: readonly Trace[], text: string, columns: readonly TraceColumn[], zone: TimeZoneChoice): readonly Trace[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) {
    return traces;
  }
  return traces.filter((trace) => columns.some((column) => column.text(trace, zone).toLocaleLowerCase().includes(needle)));
}
