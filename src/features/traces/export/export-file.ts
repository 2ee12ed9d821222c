import type { Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import { tracesToCsv } from '@/features/traces/export/trace-csv';

export type ExportFormat = 'csv' | 'json';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

interface ExportContents {
  traces: readonly Trace[];
  truncated: boolean;
  cap: number;
  filters: TraceFilters;
  exportedAt: Date;
}

/** `cts-traces-20250102T030405Z.csv`: sortable, no characters a file system refuses. */
export function exportFileName(format: ExportFormat, exportedAt: Date): string {
  const stamp = exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `cts-traces-${stamp}.${format}`;
}

/** The file's contents; both formats say how many traces the file holds and whether the cap cut it short. */
export function buildExportFile(format: ExportFormat, { traces, truncated, cap, filters, exportedAt }: ExportContents): ExportFile {
  const exported_at = exportedAt.toISOString();
  if (format === 'json') {
    const body = { exported_at, filters, count: traces.length, truncated, cap, traces };
    return { name: exportFileName(format, exportedAt), type: 'application/json', content: `${JSON.stringify(body, null, 2)}\n` };
  }
  // A byte-order mark lets spreadsheets read the UTF-8 (names in any script) correctly.
  const content = `\uFEFF${tracesToCsv(traces, { exportedAt: exported_at, count: traces.length, truncated, cap, filters })}`;
  return { name: exportFileName(format, exportedAt), type: 'text/csv;charset=utf-8', content };
}
