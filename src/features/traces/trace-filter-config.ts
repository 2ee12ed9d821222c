import { TRACE_FILTER_NAMES, type TraceFilterName } from '@/api/rules/trace-query-rules';

const LABELS: Record<TraceFilterName, string> = {
  tracker_name: 'Data tracker',
  service_type: 'Service',
  resource_type: 'Resource type',
  trace_name: 'Trace name',
  trace_rating: 'Rating',
  user: 'User',
  resource_name: 'Resource name',
  resource_id: 'Resource ID',
  access_key_id: 'Access key ID',
  enterprise_project_id: 'Enterprise project ID',
  trace_id: 'Trace ID',
};

/** Every criterion besides the trace type, as the chips and the panel name it, in the panel's order. */
export const TRACE_CRITERIA_LABELS: readonly { name: TraceFilterName; label: string }[] = TRACE_FILTER_NAMES.map((name) => ({ name, label: LABELS[name] }));

export const TRACE_TYPE_LABELS = { system: 'Management', data: 'Data' } as const;

export const MANAGEMENT_ONLY_REASON = 'CTS applies this filter to management traces only.';
export const TRACE_ID_REASON = 'CTS ignores every other criterion, the time range included, when a trace ID is given.';
