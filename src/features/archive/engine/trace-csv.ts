import { gunzipSync } from 'fflate';
import { TRACE_COLUMNS, type TraceRow, rowsOfFile } from '@/features/archive/engine/trace-rows';

/** Text of a trace file's bytes: gunzipped when they are gzip (by their magic number, not their name). */
export function fileText(bytes: Uint8Array): string {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new TextDecoder().decode(gzip ? gunzipSync(bytes) : bytes);
}

/** CSV in DuckDB's reading: every text quoted (quotes doubled), an empty field for null; a newline after every row. */
export function traceCsv(rows: readonly TraceRow[]): string {
  const cell = (value: string | number | null) => (value === null ? '' : typeof value === 'number' ? String(Math.trunc(value)) : `"${value.replace(/"/g, '""')}"`);
  return rows.map((row) => `${TRACE_COLUMNS.map(([column]) => cell(row[column])).join(',')}\n`).join('');
}

export interface FileCsv {
  /** UTF-8 CSV of the file's traces: files' CSV concatenate into one. */
  csv: Uint8Array;
  traces: number;
}

/** A trace file's bytes as the CSV rows DuckDB reads (in the parse worker, off the page's thread). */
export function fileCsv(bytes: Uint8Array, name: string): FileCsv {
  const rows = rowsOfFile(fileText(bytes), name);
  return { csv: new TextEncoder().encode(traceCsv(rows)), traces: rows.length };
}
