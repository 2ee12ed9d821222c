import { MANAGEMENT_TRACE_SOURCES } from '@/api/contract/enums';
import type { Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import type { MessageId } from '@/i18n/message-id';

export interface RelatedTraces {
  label: MessageId;
  filters: Partial<TraceFilters> | null;
}

/** A management trace by its source (L1641); data traces come from OBS. */
export function isManagementTrace(trace: Trace): boolean {
  return MANAGEMENT_TRACE_SOURCES.some((source) => source === trace.trace_type);
}

/**
 * The filters for "all traces of this …". Resource, user and trace name are management-only
 * filters (L1605–1615): a data trace cannot be followed through them.
 */
export function relatedFilters(trace: Trace): RelatedTraces[] {
  const management = isManagementTrace(trace);
  const userName = trace.user?.name || trace.user?.user_name;
  const filters = (criteria: Partial<TraceFilters>, available: boolean): Partial<TraceFilters> | null =>
    management && available ? { trace_type: 'system', ...criteria } : null;
  return [
    {
      label: 'traces.drawer.related.resource',
      filters: trace.resource_id
        ? filters({ service_type: trace.service_type, resource_type: trace.resource_type, resource_id: trace.resource_id }, true)
        : filters({ service_type: trace.service_type, resource_type: trace.resource_type, resource_name: trace.resource_name }, Boolean(trace.resource_name)),
    },
    { label: 'traces.drawer.related.user', filters: filters({ user: userName }, Boolean(userName)) },
    {
      label: 'traces.drawer.related.traceName',
      filters: filters({ service_type: trace.service_type, resource_type: trace.resource_type, trace_name: trace.trace_name }, true),
    },
  ];
}
