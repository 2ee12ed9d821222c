import type { MockFaults, MockState, MockTraceInput } from '@/api/contract/types';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID, DEMO_REGION } from '@/mocks/db/identities';
import type { MockDb } from '@/mocks/db/mock-db';
import { SEEDED_BUCKETS, SEEDED_KMS_KEYS } from '@/mocks/db/seed-world';
import { http } from '@/mocks/handlers/http';
import { ctsError, isRecord, readJsonBody, readOptionalJsonBody, withCts } from '@/mocks/handlers/with-cts';

/** Largest generated volume the mock accepts (the issue asks for at least 100,000 in 7 days). */
export const MAX_VOLUME = 500_000;

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
export function mockControlHandlers(db: MockDb) {
  return [
    http.get('/mock/state', withCts(({ response }) => response(200).json(mockState(db)))),
    http.post(
      '/mock/reset',
      withCts(async ({ request, response }) => {
        const body = await readOptionalJsonBody(request);
        const seed = isRecord(body) ? body.seed : undefined;
        const volume = isRecord(body) ? body.volume : undefined;
        const validSeed = seed === undefined || Number.isInteger(seed);
        const validVolume = volume === undefined || (Number.isInteger(volume) && (volume as number) >= 0 && (volume as number) <= MAX_VOLUME);
        if ((body !== undefined && !isRecord(body)) || !validSeed || !validVolume) {
          throw ctsError('CTS.0003', `Reset takes an optional integer seed and a volume of 0–${MAX_VOLUME}.`);
        }
        db.reset({ seed: seed as number | undefined, volume: volume as number | undefined });
        return response(204).empty();
      }),
    ),
    http.put(
      '/mock/faults',
      withCts(async ({ request, response }) => {
        db.faults = readFaults(await readJsonBody(request));
        db.commit();
        return response(200).json(db.faults);
      }),
    ),
    http.post(
      '/mock/traces',
      withCts(async ({ request, response }) => {
        const body = await readJsonBody(request);
        if (!isRecord(body) || !Array.isArray(body.traces) || !body.traces.every(isRecord)) {
          throw ctsError('CTS.0003', 'Send {traces: [partial trace objects]}.');
        }
        const traceIds = db.traces.add(body.traces as MockTraceInput[], db.now());
        db.commit();
        return response(201).json({ trace_ids: traceIds });
      }),
    ),
  ];
}
