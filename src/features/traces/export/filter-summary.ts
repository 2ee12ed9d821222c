import { formatTime, zoneLabel } from '@/components/time-format';
import type { TraceFilters } from '@/api/traces';
import { TRACE_CRITERIA_LABELS, TRACE_TYPE_TRACES_LABELS } from '@/features/traces/trace-filter-config';
import type { Translate } from '@/i18n/message-id';

/** The query an export runs, in words, one line each: the trace type, the time range in the local zone, then each criterion as the chips name it. */
export function filterSummary(filters: TraceFilters, t: Translate): string[] {
  const lines = [t(TRACE_TYPE_TRACES_LABELS[filters.trace_type ?? 'system'])];
  if (typeof filters.from === 'number' && typeof filters.to === 'number') {
    lines.push(t('traces.export.summary.range', { from: formatTime(filters.from, 'local'), to: formatTime(filters.to, 'local'), zone: zoneLabel('local', filters.from) }));
  }
  for (const { name, label } of TRACE_CRITERIA_LABELS) {
    const value = filters[name];
    if (value !== undefined && value !== null && value !== '') {
      lines.push(t('traces.applied.chip', { label: t(label), value: String(value) }));
    }
  }
  return lines;
}
