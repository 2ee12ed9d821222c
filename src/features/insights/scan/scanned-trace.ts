import type { Trace, TraceRating } from '@/api/contract/types';

/**
 * What a scan keeps of a trace: the fields the findings, histogram and top values read. Request
 * bodies are kept only for CTS's own operations (trackers, notifications), which the audit
 * tampering rule reads; the rest would make a 20,000-trace scan heavy to hold and to post.
 */
export interface ScannedTrace {
  trace_id: string;
  time: number;
  trace_name: string;
  trace_rating: TraceRating;
  service_type: string;
  resource_type: string;
  resource_id?: string;
  resource_name?: string;
  code?: string;
  source_ip?: string;
  user?: string;
  access_key_id?: string;
  /** IAM identity type: User, AssumedAgency, ExternalUser… */
  identity_type?: string;
  root: boolean;
  /** A console session (`invoked_by` service.console) with temporary credentials. */
  console_session: boolean;
  /** `mfa_authenticated` of the session, when the trace has a session context. */
  mfa?: boolean;
  request?: string;
}

export function toScannedTrace(trace: Trace): ScannedTrace {
  const user = trace.user;
  const mfa = user?.session_context?.attributes?.mfa_authenticated;
  const scanned: ScannedTrace = {
    trace_id: trace.trace_id,
    time: trace.time,
    trace_name: trace.trace_name,
    trace_rating: trace.trace_rating,
    service_type: trace.service_type,
    resource_type: trace.resource_type,
    root: user?.principal_is_root_user === 'true',
    console_session: Boolean(user?.invoked_by?.includes('service.console') && user.session_context),
  };
  const optional = {
    resource_id: trace.resource_id,
    resource_name: trace.resource_name,
    code: trace.code,
    source_ip: trace.source_ip,
    user: user?.name,
    access_key_id: user?.access_key_id,
    identity_type: user?.type,
    mfa: mfa === undefined ? undefined : mfa === 'true',
    request: trace.service_type === 'CTS' ? trace.request : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value !== '') {
      Object.assign(scanned, { [key]: value });
    }
  }
  return scanned;
}

/** A failed operation: an HTTP status of 400 or more (a missing or non-numeric code is not read as one). */
export function failed(trace: Pick<ScannedTrace, 'code'>): boolean {
  const code = Number(trace.code);
  return Number.isFinite(code) && code >= 400;
}

/** A deletion, by its trace name (deleteServer, batchDeleteImages, removeMember…). */
export function isDeletion(trace: Pick<ScannedTrace, 'trace_name'>): boolean {
  return /^(batch)?(delete|remove|destroy|terminate)/i.test(trace.trace_name);
}
