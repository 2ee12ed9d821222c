import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { getConnection, whenWorkersReachMock } from '@/api/connection';
import type { Insights } from '@/features/insights/scan/scan-analysis';
import type { ScanCriteria } from '@/features/insights/scan/scan-engine';
import { type ScanEvent, type ScanRequest, type ScanWindow, scanKey } from '@/features/insights/scan/scan-protocol';
import type { Message } from '@/i18n/message-id';

/** Live mode waits this long between two page requests, so that a real account is not hammered. */
const LIVE_PACE_MS = 250;

let worker: Worker | undefined;
let nextId = 1;
const listeners = new Map<number, (event: ScanEvent) => void>();

function scanWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module', name: 'insights-scan' });
    worker.addEventListener('message', (event: MessageEvent<ScanEvent>) => listeners.get(event.data.id)?.(event.data));
  }
  return worker;
}

export interface ScanState {
  status: 'scanning' | 'done' | 'error' | 'cancelled';
  read: number;
  bound: number;
  insights: Insights | null;
  /** The worker's or the API's error text, or a message of ours. */
  error: string | Message | null;
}

export interface ScanTarget {
  criteria: ScanCriteria;
  window: ScanWindow;
  bound: number;
}

/**
 * Runs the scan of a filter set in the worker whenever the filter set changes; the worker answers
 * from its cache, reading only newer traces. The last result stays shown while a new scan runs.
 */
export function useInsightsScan(target: ScanTarget | null) {
  const key = target ? scanKey(target) : null;
  const [state, setState] = useState<ScanState | null>(null);
  const [generation, setGeneration] = useState({ count: 0, restart: false });
  const current = useRef<number | null>(null);
  const targetRef = useRef(target);
  targetRef.current = target;

  useEffect(() => {
    const scanned = targetRef.current;
    if (!key || !scanned) {
      setState(null);
      return undefined;
    }
    const id = nextId++;
    current.current = id;
    setState((previous) => ({ status: 'scanning', read: 0, bound: scanned.bound, insights: previous?.insights ?? null, error: null }));
    listeners.set(id, (event) => {
      if (event.type === 'progress') {
        setState((previous) => previous && { ...previous, read: event.read });
      } else if (event.type === 'result') {
        // What `npm run bench` reads (scan_10k_ms): from the request to the findings and histogram received.
        performance.measure('insights:scan', `insights:scan:${id}`);
        // A transition: React renders the findings, chart and top values in slices, not one long task.
        startTransition(() => setState({ status: 'done', read: event.insights.scope.read, bound: scanned.bound, insights: event.insights, error: null }));
        listeners.delete(id);
      } else {
        setState((previous) => previous && { ...previous, status: event.cancelled ? 'cancelled' : 'error', error: event.message });
        listeners.delete(id);
      }
    });
    let posted = false;
    // In Mock mode the worker's requests reach the mock through its service worker: on a first
    // visit the scan waits for it (the page's own first requests do not).
    void whenWorkersReachMock().then(
      () => {
        if (!listeners.has(id)) {
          return;
        }
        const connection = getConnection();
        const request: ScanRequest = {
          type: 'scan',
          id,
          connection,
          criteria: scanned.criteria,
          window: scanned.window,
          bound: scanned.bound,
          restart: generation.restart,
          paceMs: connection.mode === 'live' ? LIVE_PACE_MS : 0,
        };
        if (typeof Worker === 'undefined') {
          listeners.delete(id);
          setState((previous) => previous && { ...previous, status: 'error', error: { id: 'insights.scan.noWorkers' } });
          return;
        }
        performance.mark(`insights:scan:${id}`);
        posted = true;
        scanWorker().postMessage(request);
      },
      (error: unknown) => listeners.get(id)?.({ type: 'error', id, cancelled: false, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      if (listeners.delete(id) && posted) {
        scanWorker().postMessage({ type: 'cancel', id });
      }
    };
  }, [key, generation]);

  const cancel = useCallback(() => {
    if (current.current !== null && worker) {
      scanWorker().postMessage({ type: 'cancel', id: current.current });
    }
  }, []);
  /** Reads the traces newer than the last scan (`restart`: everything again). */
  const refresh = useCallback((restart = false) => setGeneration((previous) => ({ count: previous.count + 1, restart })), []);
  return { state, cancel, refresh };
}
