/// <reference lib="webworker" />
import { adoptConnection } from '@/api/connection';
import { analyse } from '@/features/insights/scan/scan-analysis';
import { type ScanEntry, entryOf, mergeNewer } from '@/features/insights/scan/scan-cache';
import { scanWindow } from '@/features/insights/scan/scan-engine';
import { type ScanCommand, type ScanEvent, type ScanRequest, scanKey } from '@/features/insights/scan/scan-protocol';

/**
 * The scan engine off the main thread: pages through the traces of a filter set with the same API
 * client as the page (the MSW service worker answers a dedicated worker's requests too), keeps the
 * result per filter set, and on a repeated request reads only the traces newer than the last scan.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const cache = new Map<string, ScanEntry>();
const running = new Map<number, AbortController>();
const CACHE_SIZE = 8;
const PROGRESS_INTERVAL_MS = 200;

const post = (event: ScanEvent) => scope.postMessage(event);

function windowOf(request: ScanRequest, now: number): { from: number; to: number } {
  return 'lastMs' in request.window ? { from: now - request.window.lastMs, to: now } : request.window;
}

async function scan(request: ScanRequest): Promise<void> {
  adoptConnection(request.connection);
  const controller = new AbortController();
  running.set(request.id, controller);
  const key = scanKey(request);
  const window = windowOf(request, Date.now());
  const cached = request.restart ? undefined : cache.get(key);
  try {
    let entry: ScanEntry;
    let lastProgress = 0;
    // A few updates a second are enough for a progress bar, and spare the page's main thread.
    const onProgress = ({ read, oldest }: { read: number; oldest: number | null }) => {
      if (Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = Date.now();
        post({ type: 'progress', id: request.id, read, bound: request.bound, oldest });
      }
    };
    const options = { signal: controller.signal, onProgress, paceMs: request.paceMs };
    if (cached && cached.scope.to >= window.to) {
      entry = cached;
    } else if (cached) {
      // Only what arrived since: `from` reaches back 1 ms so that a trace of the last instant is not lost.
      const newer = await scanWindow({ criteria: request.criteria, from: cached.scope.to - 1, to: window.to, bound: request.bound }, options);
      entry = mergeNewer(cached, newer, window);
    } else {
      const pass = await scanWindow({ criteria: request.criteria, ...window, bound: request.bound }, options);
      entry = entryOf(pass.traces, pass.complete, window, request.bound);
    }
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > CACHE_SIZE) {
      cache.delete(cache.keys().next().value ?? '');
    }
    post({ type: 'result', id: request.id, insights: analyse(entry) });
  } catch (error) {
    const cancelled = controller.signal.aborted;
    post({ type: 'error', id: request.id, cancelled, message: cancelled ? 'Cancelled' : error instanceof Error ? error.message : String(error) });
  } finally {
    running.delete(request.id);
  }
}

scope.addEventListener('message', (event: MessageEvent<ScanCommand>) => {
  const command = event.data;
  if (command.type === 'cancel') {
    running.get(command.id)?.abort(new DOMException('Cancelled', 'AbortError'));
  } else {
    void scan(command);
  }
});
