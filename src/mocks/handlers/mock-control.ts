import type { MockFaults, MockState } from '@/api/contract/types';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID, DEMO_REGION } from '@/mocks/db/identities';
import type { MockDb } from '@/mocks/db/mock-db';
import { MAX_VOLUME } from '@/mocks/db/persisted-state';
import { SEEDED_BUCKETS, SEEDED_KMS_KEYS } from '@/mocks/db/seed-world';
import { TraceStoreError } from '@/mocks/db/trace-extras';
import { http } from '@/mocks/handlers/http';
import { readTraceInputs } from '@/mocks/handlers/mock-trace-input';
import { withCts } from '@/mocks/handlers/with-cts';
import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord, readJsonBody, readOptionalJsonBody } from '@/mocks/handlers/request-body';

export interface MockControlOptions {
  /**
   * The origin the control API answers on (the page's, in the browser): a request to any other
   * origin that reaches this mock is refused. The standalone server checks origins itself.
   */
  sameOrigin?: string;
}

/**
 * A write that a page on another site could send without CORS (a form, `text/plain` fetch) is
 * refused: the control API takes JSON only, and in the browser only on its own origin.
 */
function checkControlRequest(request: Request, options: MockControlOptions): void {
  if (options.sameOrigin !== undefined && new URL(request.url).origin !== options.sameOrigin) {
    throw ctsError('CTS.MOCK.0403', 'The mock control API answers only on the console’s own origin.');
  }
  const type = request.headers.get('content-type') ?? '';
  if (request.method !== 'GET' && !/^application\/json\s*(;|$)/i.test(type)) {
    throw ctsError('CTS.MOCK.0415');
  }
}

export function mockState(db: MockDb): MockState {
  const seeded = new Map(SEEDED_BUCKETS.map((bucket) => [bucket.bucket_name, bucket]));
  return {
    seed: db.seed,
    volume: db.volume,
    faults: db.faults,
    project_id: DEMO_PROJECT_ID,
    domain_id: DEMO_DOMAIN_ID,
    region: DEMO_REGION,
    buckets: [...db.buckets].map((name) => seeded.get(name) ?? { bucket_name: name, bucket_location: DEMO_REGION }),
    kms_keys: [...SEEDED_KMS_KEYS],
  };
}

function readFaults(body: unknown): MockFaults {
  if (!isRecord(body)) {
    throw ctsError('CTS.0003');
  }
  const { latency_ms: latency, error_rate: errorRate, fail_next: failNext } = body;
  const validLatency = Number.isInteger(latency) && (latency as number) >= 0 && (latency as number) <= 10_000;
  const validRate = typeof errorRate === 'number' && errorRate >= 0 && errorRate <= 1;
  const validFailNext =
    failNext === null ||
    failNext === undefined ||
    (isRecord(failNext) &&
      Number.isInteger(failNext.status) &&
      (failNext.status as number) >= 400 &&
      (failNext.status as number) <= 599 &&
      typeof failNext.error_code === 'string' &&
      failNext.error_code.length > 0 &&
      (failNext.error_msg === undefined || typeof failNext.error_msg === 'string') &&
      (failNext.operation_id === undefined || typeof failNext.operation_id === 'string'));
  if (!validLatency || !validRate || !validFailNext) {
    throw ctsError('CTS.0003', 'Faults need latency_ms 0–10000, error_rate 0–1 and fail_next null or {status 400–599, error_code}.');
  }
  return {
    latency_ms: latency as number,
    error_rate: errorRate,
    fail_next: (failNext ?? null) as MockFaults['fail_next'],
  };
}

/** The control API beside `/v3` (issue §5): state, reset, faults and trace injection for demos and tests. */
export function mockControlHandlers(db: MockDb, options: MockControlOptions = {}) {
  return [
    http.get(
      '/mock/state',
      withCts(({ request, response }) => {
        checkControlRequest(request, options);
        return response(200).json(mockState(db));
      }),
    ),
    http.post(
      '/mock/reset',
      withCts(async ({ request, response }) => {
        checkControlRequest(request, options);
        const body = await readOptionalJsonBody(request);
        const seed = isRecord(body) ? body.seed : undefined;
        const volume = isRecord(body) ? body.volume : undefined;
        const validSeed = seed === undefined || Number.isInteger(seed);
        const validVolume = volume === undefined || (Number.isInteger(volume) && (volume as number) >= 0 && (volume as number) <= MAX_VOLUME);
        if ((body !== undefined && !isRecord(body)) || !validSeed || !validVolume) {
          throw ctsError('CTS.0003', `Reset takes an optional integer seed and a volume of 0–${MAX_VOLUME}.`);
        }
        await db.reset({ seed: seed as number | undefined, volume: volume as number | undefined });
        return response(204).empty();
      }),
    ),
    http.put(
      '/mock/faults',
      withCts(async ({ request, response }) => {
        checkControlRequest(request, options);
        const faults = readFaults(await readJsonBody(request));
        await db.change(() => {
          db.faults = faults;
        });
        return response(200).json(faults);
      }),
    ),
    http.post(
      '/mock/traces',
      withCts(async ({ request, response }) => {
        checkControlRequest(request, options);
        const traces = readTraceInputs(await readJsonBody(request));
        try {
          const traceIds = await db.change(() => db.traces.add(traces, db.now()));
          return response(201).json({ trace_ids: traceIds });
        } catch (error) {
          if (error instanceof TraceStoreError) {
            throw ctsError('CTS.0003', error.message);
          }
          throw error;
        }
      }),
    ),
  ];
}
