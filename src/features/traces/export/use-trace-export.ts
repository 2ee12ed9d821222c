import { useCallback, useEffect, useRef, useState } from 'react';
import type { Trace } from '@/api/contract/types';
import { collectTraces } from '@/api/trace-export';
import type { TraceFilters } from '@/api/traces';
import { downloadFile } from '@/features/traces/export/download-file';
import { type ExportFile, type ExportFormat, buildExportFile } from '@/features/traces/export/export-file';

export type ExportState =
  | { step: 'idle' }
  | { step: 'running'; loaded: number; cap: number }
  | { step: 'done'; file: ExportFile; count: number; truncated: boolean; cap: number }
  | { step: 'cancelled'; loaded: number }
  | { step: 'failed'; error: unknown };

/** Runs one export at a time: pages through the API, then saves the file; cancel aborts the paging. */
export function useTraceExport(filters: TraceFilters) {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Closing the dialog mid-export stops the requests.
  useEffect(() => () => controller.current?.abort(), []);

  /** Saves the rows given (those the quick filter shows) at once; otherwise reads every matching trace from CTS. */
  const start = useCallback(
    async (format: ExportFormat, cap: number, shown?: readonly Trace[]) => {
      if (shown) {
        const file = buildExportFile(format, { traces: shown, truncated: false, cap: shown.length, filters, exportedAt: new Date() });
        downloadFile(file);
        setState({ step: 'done', file, count: shown.length, truncated: false, cap: shown.length });
        return;
      }
      const abort = new AbortController();
      controller.current = abort;
      let loaded = 0;
      setState({ step: 'running', loaded, cap });
      try {
        const result = await collectTraces(filters, {
          cap,
          signal: abort.signal,
          onProgress: (count) => {
            loaded = count;
            setState({ step: 'running', loaded: count, cap });
          },
        });
        const file = buildExportFile(format, { ...result, cap, filters, exportedAt: new Date() });
        downloadFile(file);
        setState({ step: 'done', file, count: result.traces.length, truncated: result.truncated, cap });
      } catch (error) {
        setState(abort.signal.aborted ? { step: 'cancelled', loaded } : { step: 'failed', error });
      } finally {
        controller.current = null;
      }
    },
    [filters],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, start, cancel, reset };
}
