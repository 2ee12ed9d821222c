import { TRACE_FILTER_NAMES, type TraceFilterName } from '@/api/rules/trace-query-rules';
import type { MessageId } from '@/i18n/message-id';

const LABELS: Record<TraceFilterName, MessageId> = {
  tracker_name: 'traces.criteria.tracker_name',
  service_type: 'traces.criteria.service_type',
  resource_type: 'traces.criteria.resource_type',
  trace_name: 'traces.criteria.trace_name',
  trace_rating: 'traces.criteria.trace_rating',
  user: 'traces.criteria.user',
  resource_name: 'traces.criteria.resource_name',
  resource_id: 'traces.criteria.resource_id',
  access_key_id: 'traces.criteria.access_key_id',
  enterprise_project_id: 'traces.criteria.enterprise_project_id',
  trace_id: 'traces.criteria.trace_id',
};

/** Every criterion besides the trace type, as the chips and the panel name it (a message), in the panel's order. */
export const TRACE_CRITERIA_LABELS: readonly { name: TraceFilterName; label: MessageId }[] = TRACE_FILTER_NAMES.map((name) => ({ name, label: LABELS[name] }));

/** The trace type as the radio buttons name it. */
export const TRACE_TYPE_LABELS = { system: 'traces.traceType.system', data: 'traces.traceType.data' } as const satisfies Record<string, MessageId>;
/** The trace type as the chip and the export summary name it: "Management traces". */
export const TRACE_TYPE_TRACES_LABELS = { system: 'traces.traceType.systemTraces', data: 'traces.traceType.dataTraces' } as const satisfies Record<string, MessageId>;

export const MANAGEMENT_ONLY_REASON: MessageId = 'traces.criteria.managementOnly';
export const TRACE_ID_REASON: MessageId = 'traces.criteria.traceIdReason';
