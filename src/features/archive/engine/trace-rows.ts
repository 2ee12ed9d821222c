/**
 * The `traces` view the archive explorer queries: one row per archived trace, the fields of CTS's
 * trace (Table 6-58 of the reference) flattened, plus where it was read from. Documented in the
 * README; the SQL box and the generated Trino/Spark SQL use these names.
 */
export const TRACE_COLUMNS = [
  ['trace_id', 'VARCHAR'],
  ['time', 'BIGINT'],
  ['record_time', 'BIGINT'],
  ['trace_name', 'VARCHAR'],
  ['trace_rating', 'VARCHAR'],
  ['trace_type', 'VARCHAR'],
  ['service_type', 'VARCHAR'],
  ['resource_type', 'VARCHAR'],
  ['resource_id', 'VARCHAR'],
  ['resource_name', 'VARCHAR'],
  ['user_name', 'VARCHAR'],
  ['user_type', 'VARCHAR'],
  ['access_key_id', 'VARCHAR'],
  ['source_ip', 'VARCHAR'],
  ['code', 'VARCHAR'],
  ['api_version', 'VARCHAR'],
  ['request_id', 'VARCHAR'],
  ['enterprise_project_id', 'VARCHAR'],
  ['tracker_name', 'VARCHAR'],
  ['request', 'VARCHAR'],
  ['response', 'VARCHAR'],
  ['message', 'VARCHAR'],
  /** The object (or dropped file) it was read from. */
  ['file', 'VARCHAR'],
] as const;

export type TraceColumn = (typeof TRACE_COLUMNS)[number][0];
export type TraceRow = Record<TraceColumn, string | number | null>;

function text(value: unknown): string | null {
  if (value === undefined || value === null) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A trace of a file: an object with an ID. */
function isTrace(value: unknown): value is Record<string, unknown> & { trace_id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { trace_id?: unknown }).trace_id === 'string';
}

/** One trace of a file as a row; null for what is not a trace (no ID). */
export function traceRow(value: unknown, file: string): TraceRow | null {
  if (!isTrace(value)) {
    return null;
  }
  const user = typeof value.user === 'object' && value.user !== null ? (value.user as Record<string, unknown>) : {};
  return {
    trace_id: text(value.trace_id),
    time: number(value.time),
    record_time: number(value.record_time),
    trace_name: text(value.trace_name),
    trace_rating: text(value.trace_rating),
    trace_type: text(value.trace_type),
    service_type: text(value.service_type),
    resource_type: text(value.resource_type),
    resource_id: text(value.resource_id),
    resource_name: text(value.resource_name),
    user_name: text(user.name ?? user.user_name),
    user_type: text(user.type),
    access_key_id: text(user.access_key_id),
    source_ip: text(value.source_ip),
    code: text(value.code),
    api_version: text(value.api_version),
    request_id: text(value.request_id),
    enterprise_project_id: text(value.enterprise_project_id),
    tracker_name: text(value.tracker_name),
    request: text(value.request),
    response: text(value.response),
    message: text(value.message),
    file,
  };
}

/** The traces of a trace file's text: a JSON array of traces (or one trace object per line). */
function tracesOfFile(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) ? parsed : [];
  }
  return trimmed.split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
}

/** The rows of a trace file's text. */
export function rowsOfFile(text: string, file: string): TraceRow[] {
  return tracesOfFile(text).flatMap((value) => {
    const row = traceRow(value, file);
    return row ? [row] : [];
  });
}

/** The trace of that ID in a trace file's text, whole, as CTS wrote it; null when the file has none. */
export function traceOfFile(text: string, traceId: string): Record<string, unknown> | null {
  return tracesOfFile(text).filter(isTrace).find((trace) => trace.trace_id === traceId) ?? null;
}
