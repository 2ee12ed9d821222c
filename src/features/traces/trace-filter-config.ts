import type { TraceCriteria } from '@/features/traces/trace-url-state';

type CriterionName = Exclude<keyof TraceCriteria, 'trace_type'>;

/** Every criterion besides the trace type, as the chips and the panel name it, in the panel's order. */
export const TRACE_CRITERIA_LABELS: readonly { name: CriterionName; label: string }[] = [
  { name: 'tracker_name', label: 'Data tracker' },
  { name: 'service_type', label: 'Service' },
  { name: 'resource_type', label: 'Resource type' },
  { name: 'trace_name', label: 'Trace name' },
  { name: 'trace_rating', label: 'Rating' },
  { name: 'user', label: 'User' },
  { name: 'resource_name', label: 'Resource name' },
  { name: 'resource_id', label: 'Resource ID' },
  { name: 'access_key_id', label: 'Access key ID' },
  { name: 'enterprise_project_id', label: 'Enterprise project ID' },
  { name: 'trace_id', label: 'Trace ID' },
];

export const TRACE_TYPE_LABELS = { system: 'Management', data: 'Data' } as const;

export const MANAGEMENT_ONLY_REASON = 'CTS applies this filter to management traces only.';
export const TRACE_ID_REASON = 'CTS ignores every other criterion, the time range included, when a trace ID is given.';
