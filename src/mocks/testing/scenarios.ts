import { http } from 'msw';
import { onTestFinished } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@/api/contract/error-codes';
import { OPERATION_ROUTES } from '@/api/contract/operation-routes';
import type { CtsOperationId, MockTraceInput, Notification, OperationId, Tag, Trace, Tracker } from '@/api/contract/types';
import { FINANCE_TRACKER_NAME } from '@/mocks/db/seed-world';
import { DATA_TRACKER_QUOTA } from '@/mocks/handlers/tracker-validation';
import { errorResponse } from '@/mocks/handlers/with-cts';
import { mockDb, mockServer } from '@/mocks/node';

/**
 * The states the unit tests set the mock CTS in, named in the domain's words, and the readers
 * they check it with. Each is a thin wrapper over MockDb's public API, on the Vitest mock of
 * src/mocks/node.ts, which setup-tests.ts resets after every test. Test-only: it lives under
 * src/mocks/testing, which knip does not count as production.
 */

/** The next call of `operation` fails with `code`: the table's status and message unless given. */
export function failNext(operation: CtsOperationId, code: ErrorCode, answer: { status?: number; message?: string } = {}): void {
  mockDb.faults = {
    ...mockDb.faults,
    fail_next: {
      status: answer.status ?? ERROR_CODES[code].status,
      error_code: code,
      ...(answer.message === undefined ? {} : { error_msg: answer.message }),
      operation_id: operation,
    },
  };
}

/** Every /v3 answer is delayed by `latencyMs`, and nothing fails. */
export function slowAnswers(latencyMs: number): void {
  mockDb.faults = { latency_ms: latencyMs, error_rate: 0, fail_next: null };
}

/** No delay, no failure. */
export function noFaults(): void {
  slowAnswers(0);
}

/**
 * Every call of `operation` is answered with this error until the test ends (setup-tests.ts
 * resets the handlers), for the calls the fault mechanism does not reach, such as /mock/*.
 */
export function answerWithError(operation: OperationId, error: { status: number; code: string; message: string; requestId?: string }): void {
  const route = OPERATION_ROUTES.find((candidate) => candidate.operationId === operation);
  if (!route) {
    throw new Error(`No route for ${operation}.`);
  }
  const path = `*${route.path.replace(/\{([^}]+)\}/g, ':$1')}`;
  const method = route.method.toLowerCase() as Lowercase<typeof route.method>;
  mockServer.use(http[method](path, () => errorResponse(error.status, error.code, error.message, error.requestId)));
}

/** The requests the mock receives (those `match` accepts) from now until the test ends, as they come. */
export function recordRequests(match: (request: Request) => boolean = () => true): Request[] {
  const requests: Request[] = [];
  const listen = ({ request }: { request: Request }) => {
    if (match(request)) {
      requests.push(request);
    }
  };
  mockServer.events.on('request:start', listen);
  onTestFinished(() => {
    mockServer.events.removeListener('request:start', listen);
  });
  return requests;
}

/** The seeded world again, of this seed and volume (the seed and volume kept unless given). */
export function seededWorld(world: { seed?: number; volume: number }): Promise<void> {
  return mockDb.reset(world);
}

/** Stores these trackers as they are, each replacing any of the same name. */
export function withTrackers(...trackers: Tracker[]): void {
  for (const tracker of trackers) {
    mockDb.trackers.set(tracker.tracker_name, tracker);
  }
}

/** The tracker is gone, e.g. `withoutTracker('system')` frees the management tracker's quota of 1. */
export function withoutTracker(name: string): void {
  mockDb.trackers.delete(name);
}

/**
 * Data trackers up to the quota (100), less `spare`: copies of finance-reads named filler-N.
 * The management tracker's quota (1) is full in the seeded world already.
 */
export function quotaFull({ spare = 0 }: { spare?: number } = {}): void {
  const template = storedTracker(FINANCE_TRACKER_NAME) as Tracker;
  for (let i = dataTrackerCount(); i < DATA_TRACKER_QUOTA - spare; i += 1) {
    withTrackers({ ...template, id: `filler-${i}`, tracker_name: `filler-${i}` });
  }
}

/** The tags of the tracker with this ID, replacing its own. */
export function withTags(trackerId: string, tags: Tag[]): void {
  mockDb.tags.set(trackerId, tags);
}

/** Adds traces to the store, filling what is missing, and answers them as stored. */
export function withTraces(traces: readonly MockTraceInput[], now = Date.now()): Trace[] {
  return mockDb.traces.add(traces, now).map((id) => storedTrace(id) as Trace);
}

export function storedTracker(name: string): Tracker | undefined {
  return mockDb.trackers.get(name);
}

export function trackerCount(): number {
  return mockDb.trackers.size;
}

function dataTrackerCount(): number {
  return [...mockDb.trackers.values()].filter((tracker) => tracker.tracker_type === 'data').length;
}

/** The tags of the tracker with this name (undefined when it has none stored). */
export function storedTags(trackerName: string): Tag[] | undefined {
  return mockDb.tags.get(storedTracker(trackerName)?.id ?? '');
}

export function storedNotification(name: string): Notification | undefined {
  return [...mockDb.notifications.values()].find((notification) => notification.notification_name === name);
}

export function storedTrace(traceId: string): Trace | undefined {
  return mockDb.traces.get(traceId);
}
