import { formatTime, zoneLabel } from '@/components/time-format';
import type { TraceFilters } from '@/api/traces';
import { TRACE_CRITERIA_LABELS, TRACE_TYPE_LABELS } from '@/features/traces/trace-filter-config';

/** The query an export runs, in words, one line each: the trace type, the time range in the local zone, then each criterion as the chips name it. */
export function filterSummary(filters: TraceFilters): string[] {
  const lines = [`${TRACE_TYPE_LABELS[filters.trace_type ?? 'system']} traces`];
  if (typeof filters.from === 'number' && typeof filters.to === 'number') {
    lines.push(`From ${formatTime(filters.from, 'local')} to ${formatTime(filters.to, 'local')} (${zoneLabel('local', filters.from)})`);
  }
  for (const { name, label } of TRACE_CRITERIA_LABELS) {
    const value = filters[name];
    if (value !== undefined && value !== null && value !== '') {
      lines.push(`${label}: ${String(value)}`);
    }
  }
  return lines;
}
