import type { Trace } from '@/api/contract/types';
import { readOnlyText } from '@/features/traces/trace-read-only';

export interface TraceField {
  label: string;
  /** The reference's parameter, shown to auditors who know the API's names. */
  parameter: string;
  value: (trace: Trace) => unknown;
  format?: 'time' | 'rating' | 'id';
}

export interface TraceFieldGroup {
  id: 'event' | 'resource' | 'identity' | 'network';
  title: string;
  fields: TraceField[];
}

/** Every field of the reference's Traces table (Table 6-55 to 6-59, L1633–1699), grouped for reading. */
export const TRACE_FIELD_GROUPS: TraceFieldGroup[] = [
  {
    id: 'event',
    title: 'Event',
    fields: [
      { label: 'Trace name', parameter: 'trace_name', value: (t) => t.trace_name },
      { label: 'Rating', parameter: 'trace_rating', value: (t) => t.trace_rating, format: 'rating' },
      { label: 'Trace source', parameter: 'trace_type', value: (t) => t.trace_type },
      { label: 'HTTP code', parameter: 'code', value: (t) => t.code },
      { label: 'API version', parameter: 'api_version', value: (t) => t.api_version },
      { label: 'Generated', parameter: 'time', value: (t) => t.time, format: 'time' },
      { label: 'Recorded', parameter: 'record_time', value: (t) => t.record_time, format: 'time' },
      { label: 'Request ID', parameter: 'request_id', value: (t) => t.request_id, format: 'id' },
      { label: 'Operation ID', parameter: 'operation_id', value: (t) => t.operation_id, format: 'id' },
      { label: 'Read only', parameter: 'read_only', value: (t) => (t.read_only === undefined ? undefined : readOnlyText(t.read_only)) },
      { label: 'Message', parameter: 'message', value: (t) => t.message },
      { label: 'Location info', parameter: 'location_info', value: (t) => t.location_info },
    ],
  },
  {
    id: 'resource',
    title: 'Resource',
    fields: [
      { label: 'Service', parameter: 'service_type', value: (t) => t.service_type },
      { label: 'Resource type', parameter: 'resource_type', value: (t) => t.resource_type },
      { label: 'Resource name', parameter: 'resource_name', value: (t) => t.resource_name },
      { label: 'Resource ID', parameter: 'resource_id', value: (t) => t.resource_id, format: 'id' },
      { label: 'Enterprise project', parameter: 'enterprise_project_id', value: (t) => t.enterprise_project_id },
      { label: 'Resource account', parameter: 'resource_account_id', value: (t) => t.resource_account_id },
    ],
  },
  {
    id: 'identity',
    title: 'Identity',
    fields: [
      { label: 'User name', parameter: 'user.name', value: (t) => t.user?.name },
      { label: 'User name (user_name)', parameter: 'user.user_name', value: (t) => t.user?.user_name },
      { label: 'User ID', parameter: 'user.id', value: (t) => t.user?.id },
      { label: 'Domain name', parameter: 'user.domain.name', value: (t) => t.user?.domain?.name },
      { label: 'Domain ID', parameter: 'user.domain.id', value: (t) => t.user?.domain?.id },
      { label: 'Account ID', parameter: 'user.account_id', value: (t) => t.user?.account_id },
      { label: 'Access key ID', parameter: 'user.access_key_id', value: (t) => t.user?.access_key_id, format: 'id' },
      { label: 'Principal URN', parameter: 'user.principal_urn', value: (t) => t.user?.principal_urn },
      { label: 'Principal ID', parameter: 'user.principal_id', value: (t) => t.user?.principal_id },
      { label: 'Root user', parameter: 'user.principal_is_root_user', value: (t) => t.user?.principal_is_root_user },
      { label: 'Identity type', parameter: 'user.type', value: (t) => t.user?.type },
      { label: 'Invoked by', parameter: 'user.invoked_by', value: (t) => t.user?.invoked_by },
      {
        label: 'Session created at',
        parameter: 'user.session_context.attributes.created_at',
        value: (t) => t.user?.session_context?.attributes?.created_at,
        format: 'time',
      },
      {
        label: 'MFA authenticated',
        parameter: 'user.session_context.attributes.mfa_authenticated',
        value: (t) => t.user?.session_context?.attributes?.mfa_authenticated,
      },
    ],
  },
  {
    id: 'network',
    title: 'Network',
    fields: [{ label: 'Source IP', parameter: 'source_ip', value: (t) => t.source_ip }],
  },
];
