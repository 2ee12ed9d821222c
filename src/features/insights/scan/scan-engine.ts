import { type TraceFilters, listTraces } from '@/api/traces';
import { type ScannedTrace, toScannedTrace } from '@/features/insights/scan/scanned-trace';

/** The largest page CTS serves (L1610): fewest round trips. */
export const SCAN_PAGE_LIMIT = 200;

/** The API's criteria of a scan, without window and paging. */
export type ScanCriteria = Omit<TraceFilters, 'from' | 'to' | 'limit' | 'trace_id'>;

export interface ScanPass {
  criteria: ScanCriteria;
  /** [from, to) in UTC milliseconds. */
  from: number;
  to: number;
  /** Stop after this many traces. */
  bound: number;
}

export interface ScanProgress {
  read: number;
  /** The oldest instant read so far. */
  oldest: number | null;
}

export interface ScanPassResult {
  /** Newest first, as CTS returns them. */
  traces: ScannedTrace[];
  /** Every trace of the window was read (the bound was not reached). */
  complete: boolean;
}

export interface ScanOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /**
   * The least time between two requests' starts. Paging follows the marker, so one request is in
   * flight at a time; Live mode adds a pause so that a real account is not hammered.
   */
  paceMs?: number;
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/** Pages through the traces of one window, newest first, up to the bound. */
export async function scanWindow(pass: ScanPass, { signal, onProgress, paceMs = 0 }: ScanOptions = {}): Promise<ScanPassResult> {
  const traces: ScannedTrace[] = [];
  let next: string | undefined;
  let lastStart = 0;
  for (;;) {
    signal?.throwIfAborted();
    const wait = lastStart + paceMs - Date.now();
    if (wait > 0) {
      await pause(wait, signal);
    }
    lastStart = Date.now();
    const limit = Math.min(SCAN_PAGE_LIMIT, pass.bound - traces.length);
    const page = await listTraces({ ...pass.criteria, from: pass.from, to: pass.to, limit, ...(next ? { next } : {}) }, signal);
    for (const trace of page.traces) {
      traces.push(toScannedTrace(trace));
    }
    onProgress?.({ read: traces.length, oldest: traces[traces.length - 1]?.time ?? null });
    next = page.meta_data.marker ?? undefined;
    if (!next || page.traces.length === 0) {
      return { traces, complete: true };
    }
    if (traces.length >= pass.bound) {
      return { traces, complete: false };
    }
  }
}
