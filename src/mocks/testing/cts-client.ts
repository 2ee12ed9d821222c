import { expect } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@/api/contract/error-codes';
import type { Tag, Trace, Tracker } from '@/api/contract/types';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID } from '@/mocks/db/identities';

/**
 * Talks to the mock CTS as a real client does (msw/node answers `fetch` in tests): JSON bodies,
 * an IAM token by default, or the SDK's AK/SK signature header.
 */
export const BASE_URL = 'http://localhost';
export const PROJECT_PATH = `/v3/${DEMO_PROJECT_ID}`;
export const DOMAIN_PATH = `/v3/${DEMO_DOMAIN_ID}`;

export const TOKEN_HEADERS = { 'X-Auth-Token': 'test-token', 'Content-Type': 'application/json' };
/** What Huawei's SDK sends (spec-notes section 3): no token, Content-Type even without a body. */
export const SDK_HEADERS = {
  'Content-Type': 'application/json',
  'X-Sdk-Date': '20260101T000000Z',
  'X-Project-Id': DEMO_PROJECT_ID,
  Authorization: 'SDK-HMAC-SHA256 Access=AKTESTEXAMPLE, SignedHeaders=content-type;host;x-sdk-date, Signature=abc123',
};

export interface CtsRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent verbatim (for malformed bodies). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** `path` is relative to the origin, e.g. `${PROJECT_PATH}/trackers`. */
export function ctsFetch(path: string, request: CtsRequest = {}): Promise<Response> {
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  return fetch(`${BASE_URL}${path}`, {
    method: request.method ?? 'GET',
    headers: request.headers ?? TOKEN_HEADERS,
    ...(body === undefined ? {} : { body }),
  });
}

/** Asserts the reference's error envelope with the table's status and verbatim message. */
export async function expectCtsError(response: Response, code: ErrorCode): Promise<void> {
  const entry = ERROR_CODES[code];
  const body: unknown = await response.json();
  expect({ status: response.status, body }).toEqual({
    status: entry.status,
    body: { error_code: code, error_msg: entry.message },
  });
  expect(response.headers.get('X-Request-Id')).toBeTruthy();
}

export function postTracker(body: unknown): Promise<Response> {
  return ctsFetch(`${PROJECT_PATH}/tracker`, { method: 'POST', body });
}

export function putTracker(body: unknown): Promise<Response> {
  return ctsFetch(`${PROJECT_PATH}/tracker`, { method: 'PUT', body });
}

export function deleteTrackers(query: string): Promise<Response> {
  return ctsFetch(`${PROJECT_PATH}/trackers${query}`, { method: 'DELETE' });
}

export async function listTrackers(query = ''): Promise<Tracker[]> {
  const response = await ctsFetch(`${PROJECT_PATH}/trackers${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { trackers: Tracker[] }).trackers;
}

export async function getTracker(name: string): Promise<Tracker | undefined> {
  const trackers = await listTrackers(`?tracker_name=${encodeURIComponent(name)}`);
  return trackers[0];
}

export async function listTags(trackerId: string): Promise<Tag[]> {
  const response = await ctsFetch(`${PROJECT_PATH}/cts-tracker/${trackerId}/tags`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { tags: Tag[] }).tags;
}

/** The CTS traces recorded on trackers, newest first, through the traces API. */
export async function listTrackerTraces(traceName: string): Promise<Trace[]> {
  const response = await ctsFetch(
    `${PROJECT_PATH}/traces?trace_type=system&service_type=CTS&resource_type=tracker&trace_name=${traceName}&limit=200`,
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { traces: Trace[] }).traces;
}

/** A valid data tracker on a seeded bucket nobody tracks. */
export function dataTrackerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tracker_type: 'data',
    tracker_name: 'ml-reads',
    data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['READ'] },
    ...overrides,
  };
}
