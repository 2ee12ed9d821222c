import type { Trace } from '@/api/contract/types';
import type { MessageId } from '@/i18n/message-id';

export interface TraceField {
  label: MessageId;
  /** The reference's parameter, shown to auditors who know the API's names. */
  parameter: string;
  value: (trace: Trace) => unknown;
  format?: 'time' | 'rating' | 'id' | 'yesNo';
}

export interface TraceFieldGroup {
  id: 'event' | 'resource' | 'identity' | 'network';
  title: MessageId;
  fields: TraceField[];
}

/** Every field of the reference's Traces table (Table 6-55 to 6-59, L1633–1699), grouped for reading. */
export const TRACE_FIELD_GROUPS: TraceFieldGroup[] = [
  {
    id: 'event',
    title: 'traces.drawer.group.event',
    fields: [
      { label: 'traces.field.trace_name', parameter: 'trace_name', value: (t) => t.trace_name },
      { label: 'traces.field.trace_rating', parameter: 'trace_rating', value: (t) => t.trace_rating, format: 'rating' },
      { label: 'traces.field.trace_type', parameter: 'trace_type', value: (t) => t.trace_type },
      { label: 'traces.field.code', parameter: 'code', value: (t) => t.code },
      { label: 'traces.field.api_version', parameter: 'api_version', value: (t) => t.api_version },
      { label: 'traces.field.time', parameter: 'time', value: (t) => t.time, format: 'time' },
      { label: 'traces.field.record_time', parameter: 'record_time', value: (t) => t.record_time, format: 'time' },
      { label: 'traces.field.request_id', parameter: 'request_id', value: (t) => t.request_id, format: 'id' },
      { label: 'traces.field.operation_id', parameter: 'operation_id', value: (t) => t.operation_id, format: 'id' },
      { label: 'traces.field.read_only', parameter: 'read_only', value: (t) => t.read_only, format: 'yesNo' },
      { label: 'traces.field.message', parameter: 'message', value: (t) => t.message },
      { label: 'traces.field.location_info', parameter: 'location_info', value: (t) => t.location_info },
    ],
  },
  {
    id: 'resource',
    title: 'traces.drawer.group.resource',
    fields: [
      { label: 'traces.field.service_type', parameter: 'service_type', value: (t) => t.service_type },
      { label: 'traces.field.resource_type', parameter: 'resource_type', value: (t) => t.resource_type },
      { label: 'traces.field.resource_name', parameter: 'resource_name', value: (t) => t.resource_name },
      { label: 'traces.field.resource_id', parameter: 'resource_id', value: (t) => t.resource_id, format: 'id' },
      { label: 'traces.field.enterprise_project_id', parameter: 'enterprise_project_id', value: (t) => t.enterprise_project_id },
      { label: 'traces.field.resource_account_id', parameter: 'resource_account_id', value: (t) => t.resource_account_id },
    ],
  },
  {
    id: 'identity',
    title: 'traces.drawer.group.identity',
    fields: [
      { label: 'traces.field.user.name', parameter: 'user.name', value: (t) => t.user?.name },
      { label: 'traces.field.user.user_name', parameter: 'user.user_name', value: (t) => t.user?.user_name },
      { label: 'traces.field.user.id', parameter: 'user.id', value: (t) => t.user?.id },
      { label: 'traces.field.user.domain.name', parameter: 'user.domain.name', value: (t) => t.user?.domain?.name },
      { label: 'traces.field.user.domain.id', parameter: 'user.domain.id', value: (t) => t.user?.domain?.id },
      { label: 'traces.field.user.account_id', parameter: 'user.account_id', value: (t) => t.user?.account_id },
      { label: 'traces.field.user.access_key_id', parameter: 'user.access_key_id', value: (t) => t.user?.access_key_id, format: 'id' },
      { label: 'traces.field.user.principal_urn', parameter: 'user.principal_urn', value: (t) => t.user?.principal_urn },
      { label: 'traces.field.user.principal_id', parameter: 'user.principal_id', value: (t) => t.user?.principal_id },
      { label: 'traces.field.user.principal_is_root_user', parameter: 'user.principal_is_root_user', value: (t) => t.user?.principal_is_root_user },
      { label: 'traces.field.user.type', parameter: 'user.type', value: (t) => t.user?.type },
      { label: 'traces.field.user.invoked_by', parameter: 'user.invoked_by', value: (t) => t.user?.invoked_by },
      {
        label: 'traces.field.user.session_created_at',
        parameter: 'user.session_context.attributes.created_at',
        value: (t) => t.user?.session_context?.attributes?.created_at,
        format: 'time',
      },
      {
        label: 'traces.field.user.mfa_authenticated',
        parameter: 'user.session_context.attributes.mfa_authenticated',
        value: (t) => t.user?.session_context?.attributes?.mfa_authenticated,
      },
    ],
  },
  {
    id: 'network',
    title: 'traces.drawer.group.network',
    fields: [{ label: 'traces.field.source_ip', parameter: 'source_ip', value: (t) => t.source_ip }],
  },
];
