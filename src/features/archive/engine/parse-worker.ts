/// <reference lib="webworker" />
import { fileCsv } from '@/features/archive/engine/trace-csv';
import type { ParseAnswer, ParseRequest } from '@/features/archive/engine/parse-protocol';

/**
 * Trace files to CSV off the page's thread: gunzip, JSON, flattening and encoding are most of a
 * read's work, and the page's thread also runs the embedded mock and the screen.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, name, bytes } = event.data;
  let answer: ParseAnswer;
  try {
    answer = { id, ...fileCsv(bytes, name) };
  } catch (error) {
    answer = { id, error: `${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
  scope.postMessage(answer, 'csv' in answer ? [answer.csv.buffer] : []);
});
