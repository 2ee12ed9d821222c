import type { Trace } from '@/api/contract/types';

/**
 * CSV of traces, RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or line
 * break, quotes doubled). The first record is a note, one cell beginning with `#`, saying when
 * the file was made, how many traces it holds, whether the cap cut it short and the filters; the
 * column header follows. A leading note (rather than a trailing row) lets a reader skip it as a
 * comment (`comment='#'` in pandas, `--comment` in csvkit) before the header, and tells a person
 * opening the file at once whether it is complete.
 */

interface CsvColumn {
  header: string;
  value: (trace: Trace) => unknown;
}

function isoTime(epochMs: unknown): string {
  return typeof epochMs === 'number' && Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : '';
}

/** Every field of the Traces table, nested user fields flattened by their path; times in ISO 8601 UTC. */
export const CSV_COLUMNS: CsvColumn[] = [
  { header: 'time', value: (t) => isoTime(t.time) },
  { header: 'record_time', value: (t) => isoTime(t.record_time) },
  { header: 'trace_id', value: (t) => t.trace_id },
  { header: 'trace_name', value: (t) => t.trace_name },
  { header: 'trace_rating', value: (t) => t.trace_rating },
  { header: 'trace_type', value: (t) => t.trace_type },
  { header: 'service_type', value: (t) => t.service_type },
  { header: 'resource_type', value: (t) => t.resource_type },
  { header: 'resource_name', value: (t) => t.resource_name },
  { header: 'resource_id', value: (t) => t.resource_id },
  { header: 'user.name', value: (t) => t.user?.name },
  { header: 'user.user_name', value: (t) => t.user?.user_name },
  { header: 'user.id', value: (t) => t.user?.id },
  { header: 'user.domain.name', value: (t) => t.user?.domain?.name },
  { header: 'user.domain.id', value: (t) => t.user?.domain?.id },
  { header: 'user.account_id', value: (t) => t.user?.account_id },
  { header: 'user.access_key_id', value: (t) => t.user?.access_key_id },
  { header: 'user.principal_urn', value: (t) => t.user?.principal_urn },
  { header: 'user.principal_id', value: (t) => t.user?.principal_id },
  { header: 'user.principal_is_root_user', value: (t) => t.user?.principal_is_root_user },
  { header: 'user.type', value: (t) => t.user?.type },
  { header: 'user.invoked_by', value: (t) => t.user?.invoked_by },
  { header: 'user.session_context.attributes.created_at', value: (t) => t.user?.session_context?.attributes?.created_at },
  { header: 'user.session_context.attributes.mfa_authenticated', value: (t) => t.user?.session_context?.attributes?.mfa_authenticated },
  { header: 'source_ip', value: (t) => t.source_ip },
  { header: 'code', value: (t) => t.code },
  { header: 'api_version', value: (t) => t.api_version },
  { header: 'request_id', value: (t) => t.request_id },
  { header: 'message', value: (t) => t.message },
  { header: 'location_info', value: (t) => t.location_info },
  { header: 'endpoint', value: (t) => t.endpoint },
  { header: 'resource_url', value: (t) => t.resource_url },
  { header: 'enterprise_project_id', value: (t) => t.enterprise_project_id },
  { header: 'resource_account_id', value: (t) => t.resource_account_id },
  { header: 'request', value: (t) => t.request },
  { header: 'response', value: (t) => t.response },
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A value as cell text: strings as they are, other scalars printed, arrays and objects as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}

/** Trace content is untrusted: a cell that would start a formula is prefixed with `'` and so read as text. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvField(value: unknown): string {
  const text = neutraliseCell(cellText(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}

export interface ExportNote {
  exportedAt: string;
  count: number;
  truncated: boolean;
  cap: number;
  filters: object;
}

export function exportNoteText({ exportedAt, count, truncated, cap, filters }: ExportNote): string {
  const completeness = truncated ? `truncated: the cap of ${cap} cut the export short, more traces matched` : 'complete: every matching trace';
  return `# CTS traces exported ${exportedAt}; ${count} traces; ${completeness}; filters ${JSON.stringify(filters)}`;
}

/** The whole CSV file: the note, the header, one record per trace, CRLF line ends. */
export function tracesToCsv(traces: readonly Trace[], note: ExportNote): string {
  const lines = [
    csvRecord([exportNoteText(note)]),
    csvRecord(CSV_COLUMNS.map((column) => column.header)),
    ...traces.map((trace) => csvRecord(CSV_COLUMNS.map((column) => column.value(trace)))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
