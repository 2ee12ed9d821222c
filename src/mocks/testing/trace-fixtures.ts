import type { ListTracesResponse, MockTraceInput } from '@/api/contract/types';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { TOKEN_HEADERS, ctsRequest } from '@/mocks/testing/notification-fixtures';
import type { ErrorBodyJson } from '@/mocks/testing/notification-fixtures';
import { withTraces } from '@/mocks/testing/scenarios';

/** Helpers for tests of the trace, operation, user and resource queries. */

export const PROJECT_URL = `http://localhost/v3/${DEMO_PROJECT_ID}`;
export const DOMAIN_URL = `http://localhost/v3/${DEMO_DOMAIN_ID}`;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type TraceParams = Record<string, string | number>;

export function tracesUrl(params: TraceParams = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]));
  const text = query.toString();
  return `${PROJECT_URL}/traces${text === '' ? '' : `?${text}`}`;
}

export function requestTraces(params: TraceParams = {}, headers: Record<string, string> = TOKEN_HEADERS): Promise<Response> {
  return ctsRequest(tracesUrl(params), 'GET', undefined, headers);
}

/** A 200 answer's body; fails the test with the error body otherwise. */
export async function listTraces(params: TraceParams = {}, headers?: Record<string, string>): Promise<ListTracesResponse> {
  const res = await requestTraces(params, headers);
  if (res.status !== 200) {
    throw new Error(`expected 200, got ${res.status}: ${await res.text()}`);
  }
  return (await res.json()) as ListTracesResponse;
}

/** The error body of a refused query, asserting its status. */
export async function refusedTraces(params: TraceParams, status = 400): Promise<ErrorBodyJson> {
  const res = await requestTraces(params);
  if (res.status !== status) {
    throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  }
  return (await res.json()) as ErrorBodyJson;
}

/** Adds management traces on a resource name nothing generated has, `ages` ms before now. */
export function injectProbeTraces(resourceName: string, ages: readonly number[], extra: Partial<MockTraceInput> = {}): string[] {
  const now = Date.now();
  return withTraces(
    ages.map((age) => ({ resource_name: resourceName, time: now - age, ...extra })),
    now,
  ).map((trace) => trace.trace_id);
}
