import { traceIdOf } from '@/mocks/db/trace-ids';

/** Later trace ID first: the order the API's pages use among traces of the same millisecond. */
function byTraceIdDescending(seed: number) {
  return (a: number, b: number): number => {
    const idA = traceIdOf(seed, a);
    const idB = traceIdOf(seed, b);
    return idA < idB ? 1 : idA > idB ? -1 : 0;
  };
}

/**
 * Ordinals sorted newest first, equal times by trace ID (descending). Each (time, ordinal) pair is
 * packed into one float and sorted natively: a comparator called 1.7 million times for 100,000
 * traces was most of the mock's start. Times that do not pack exactly fall back to the comparator.
 */
export function newestFirst(seed: number, time: Float64Array): Int32Array {
  const size = time.length;
  const order = new Int32Array(size);
  let newest = Number.NEGATIVE_INFINITY;
  let oldest = Number.POSITIVE_INFINITY;
  let integral = true;
  for (let k = 0; k < size; k += 1) {
    const t = time[k] ?? 0;
    newest = Math.max(newest, t);
    oldest = Math.min(oldest, t);
    integral &&= Number.isInteger(t);
  }
  const shift = 2 ** Math.ceil(Math.log2(size + 1));
  if (size === 0 || !integral || (newest - oldest + 1) * shift > Number.MAX_SAFE_INTEGER) {
    for (let k = 0; k < size; k += 1) {
      order[k] = k;
    }
    const byId = byTraceIdDescending(seed);
    return order.sort((a, b) => (time[b] ?? 0) - (time[a] ?? 0) || byId(a, b));
  }
  const keys = new Float64Array(size);
  for (let k = 0; k < size; k += 1) {
    keys[k] = (newest - (time[k] ?? 0)) * shift + k;
  }
  keys.sort();
  for (let i = 0; i < size; i += 1) {
    order[i] = (keys[i] ?? 0) % shift;
  }
  // Runs of equal times are rare and short: order each by trace ID.
  const byId = byTraceIdDescending(seed);
  for (let start = 0; start < size; ) {
    let end = start + 1;
    while (end < size && time[order[end] ?? 0] === time[order[start] ?? 0]) {
      end += 1;
    }
    if (end - start > 1) {
      order.subarray(start, end).sort(byId);
    }
    start = end;
  }
  return order;
}
