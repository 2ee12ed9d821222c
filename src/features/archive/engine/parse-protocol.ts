import { type FileCsv, fileCsv } from '@/features/archive/engine/trace-csv';

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type ParseAnswer = ({ id: number } & FileCsv) | { id: number; error: string };

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (csv: FileCsv) => void; reject: (error: Error) => void }>();

function parseWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'archive-parse' });
    worker.addEventListener('message', (event: MessageEvent<ParseAnswer>) => {
      const answer = event.data;
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('error' in answer) {
        pending?.reject(new Error(answer.error));
      } else {
        pending?.resolve(answer);
      }
    });
    // A worker that cannot start (its chunk did not load) fails the reads waiting on it; the next read starts another.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker = undefined;
      const failed = [...waiting.values()];
      waiting.clear();
      for (const pending of failed) {
        pending.reject(new Error(event.message || 'The archive’s parse worker could not start.'));
      }
    });
  }
  return worker;
}

/** A file's CSV, from the parse worker (the bytes are handed over, not copied); in-thread where there are no workers (tests). */
export function parseFile(name: string, bytes: Uint8Array): Promise<FileCsv> {
  if (typeof Worker === 'undefined') {
    return Promise.resolve().then(() => fileCsv(bytes, name));
  }
  const id = nextId++;
  return new Promise<FileCsv>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: ParseRequest = { id, name, bytes };
    parseWorker().postMessage(request, [bytes.buffer]);
  });
}
