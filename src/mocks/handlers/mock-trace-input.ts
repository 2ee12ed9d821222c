import { z } from '@/api/zod';
import type { MockTraceInput } from '@/api/contract/types';
import { DATA_TRACE_SOURCES, MANAGEMENT_TRACE_SOURCES, TRACE_RATINGS } from '@/api/contract/enums';
import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord } from '@/mocks/handlers/request-body';

/** Traces one `POST /mock/traces` may add. */
export const MAX_INJECTED_TRACES = 1_000;
/** Nesting of objects and arrays within one trace (a `user` object is 3 deep). */
export const MAX_TRACE_DEPTH = 8;
/** One trace, JSON-encoded. */
export const MAX_TRACE_BYTES = 64 * 1024;

const text = z.string().max(MAX_TRACE_BYTES);
const instant = z.number().int().min(0).max(8.64e15);

/** The contract's fields with their types; fields it does not name are kept verbatim, within the limits. */
const traceInput = z.looseObject({
  trace_id: z.string().min(1).max(128).optional(),
  trace_name: text.optional(),
  trace_rating: z.enum(TRACE_RATINGS).optional(),
  trace_type: z.enum([...MANAGEMENT_TRACE_SOURCES, ...DATA_TRACE_SOURCES]).optional(),
  service_type: text.optional(),
  resource_type: text.optional(),
  resource_id: text.optional(),
  resource_name: text.optional(),
  resource_url: text.optional(),
  resource_account_id: text.optional(),
  request: text.optional(),
  response: text.optional(),
  message: text.optional(),
  code: text.optional(),
  api_version: text.optional(),
  source_ip: text.optional(),
  request_id: text.optional(),
  location_info: text.optional(),
  endpoint: text.optional(),
  enterprise_project_id: text.optional(),
  tracker_name: text.optional(),
  time: instant.optional(),
  record_time: instant.optional(),
  user: z.record(z.string(), z.unknown()).optional(),
});

/** Depth of nested objects and arrays, without recursion (a 5,000-deep body must not overflow the stack). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() ?? [null, 0];
    if (typeof item === 'object' && item !== null) {
      deepest = Math.max(deepest, depth + 1);
      if (deepest > MAX_TRACE_DEPTH) {
        return deepest;
      }
      for (const child of Object.values(item)) {
        stack.push([child, depth + 1]);
      }
    }
  }
  return deepest;
}

function refuse(position: number, reason: string): never {
  throw ctsError('CTS.0003', `traces[${position}]: ${reason}`);
}

/**
 * Checks a whole batch before anything is added, so that a batch is added entirely or not at all:
 * shape, field types, nesting and size limits, and trace IDs unique within the batch (the store
 * checks them against the traces it holds).
 */
export function readTraceInputs(body: unknown): MockTraceInput[] {
  if (!isRecord(body) || !Array.isArray(body.traces)) {
    throw ctsError('CTS.0003', 'Send {traces: [partial trace objects]}.');
  }
  if (body.traces.length === 0 || body.traces.length > MAX_INJECTED_TRACES) {
    throw ctsError('CTS.0003', `Send 1 to ${MAX_INJECTED_TRACES} traces at a time.`);
  }
  const ids = new Set<string>();
  return body.traces.map((trace: unknown, position) => {
    if (!isRecord(trace)) {
      refuse(position, 'a trace is an object.');
    }
    if (depthOf(trace) > MAX_TRACE_DEPTH) {
      refuse(position, `nested deeper than ${MAX_TRACE_DEPTH} levels.`);
    }
    if (JSON.stringify(trace).length > MAX_TRACE_BYTES) {
      refuse(position, `larger than ${MAX_TRACE_BYTES} bytes.`);
    }
    const parsed = traceInput.safeParse(trace);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      refuse(position, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}.`);
    }
    const id = parsed.data.trace_id;
    if (id !== undefined) {
      if (ids.has(id)) {
        refuse(position, `trace_id ${id} appears twice in the batch.`);
      }
      ids.add(id);
    }
    return trace as MockTraceInput;
  });
}
