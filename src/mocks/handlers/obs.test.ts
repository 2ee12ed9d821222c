import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/api/contract/error-codes';
import type { BucketCheckResult } from '@/api/contract/types';
import { DEMO_REGION } from '@/mocks/db/identities';
import { AUDIT_BUCKET, SEEDED_KMS_KEYS } from '@/mocks/db/seed-world';
import {
  ctsFetch,
  dataTrackerBody,
  DOMAIN_PATH,
  expectCtsError,
  postTracker,
  SDK_HEADERS,
} from '@/mocks/testing/cts-client';

const ENABLED_KEY = SEEDED_KMS_KEYS.find((key) => key.enabled)?.key_id ?? '';
const DISABLED_KEY = SEEDED_KMS_KEYS.find((key) => !key.enabled)?.key_id ?? '';

function checkBuckets(body: unknown, headers?: Record<string, string>): Promise<Response> {
  return ctsFetch(`${DOMAIN_PATH}/checkbucket`, { method: 'POST', body, ...(headers ? { headers } : {}) });
}

async function checkOne(bucket: Record<string, unknown>): Promise<BucketCheckResult> {
  const response = await checkBuckets({ buckets: [{ bucket_location: DEMO_REGION, ...bucket }] });
  expect(response.status).toBe(200);
  const [result] = ((await response.json()) as { buckets: BucketCheckResult[] }).buckets;
  return result as BucketCheckResult;
}

function failure(code: 'CTS.0221' | 'CTS.0222' | 'CTS.0231') {
  return { success: false, response_code: 400, error_code: code, error_message: ERROR_CODES[code].message };
}

describe('checkObsBuckets', () => {
  it('answers 200 with one echoed result per bucket, in order (the SDK\'s AK/SK call)', async () => {
    const response = await checkBuckets(
      {
        buckets: [
          { bucket_location: DEMO_REGION, bucket_name: AUDIT_BUCKET, is_support_trace_files_encryption: false, kms_id: '1f26f8d8-65d4-436b-bea2-bd0ac1984f71' },
          { bucket_location: 'cn-north-2', bucket_name: 'bucket2' },
        ],
      },
      SDK_HEADERS,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toBeTruthy();
    expect(await response.json()).toEqual({
      buckets: [
        {
          bucket_location: DEMO_REGION,
          bucket_name: AUDIT_BUCKET,
          is_support_trace_files_encryption: false,
          kms_id: '1f26f8d8-65d4-436b-bea2-bd0ac1984f71',
          check_bucket_response: { success: true, response_code: 200 },
        },
        {
          bucket_location: 'cn-north-2',
          bucket_name: 'bucket2',
          check_bucket_response: {
            success: false,
            response_code: 404,
            error_code: 'OBS.NoSuchBucket',
            error_message: 'The specified bucket does not exist.',
          },
        },
      ],
    });
  });

  it('judges by name, not location (section 4)', async () => {
    expect((await checkOne({ bucket_name: 'hr-archive', bucket_location: 'eu-west-0' })).check_bucket_response.success).toBe(true);
  });

  it('CTS.0231 in the result for an invalid bucket name; 3 characters pass the rule', async () => {
    expect((await checkOne({ bucket_name: 'Bucket_1' })).check_bucket_response).toEqual(failure('CTS.0231'));
    expect((await checkOne({ bucket_name: 'ab' })).check_bucket_response).toEqual(failure('CTS.0231'));
    expect((await checkOne({ bucket_name: 'abc' })).check_bucket_response.error_code).toBe('OBS.NoSuchBucket');
  });

  it('CTS.0221 / CTS.0222 in the result for encryption without a usable key', async () => {
    const encrypted = { bucket_name: AUDIT_BUCKET, is_support_trace_files_encryption: true };
    expect((await checkOne(encrypted)).check_bucket_response).toEqual(failure('CTS.0221'));
    expect((await checkOne({ ...encrypted, kms_id: 'nope' })).check_bucket_response).toEqual(failure('CTS.0222'));
    expect((await checkOne({ ...encrypted, kms_id: DISABLED_KEY })).check_bucket_response).toEqual(failure('CTS.0222'));
    expect((await checkOne({ ...encrypted, kms_id: ENABLED_KEY })).check_bucket_response).toEqual({ success: true, response_code: 200 });
  });

  it('sees a bucket created by a tracker', async () => {
    expect((await checkOne({ bucket_name: 'fresh-trace-bucket' })).check_bucket_response.success).toBe(false);
    const created = await postTracker(dataTrackerBody({ obs_info: { bucket_name: 'fresh-trace-bucket', is_obs_created: true } }));
    expect(created.status).toBe(201);
    expect((await checkOne({ bucket_name: 'fresh-trace-bucket' })).check_bucket_response.success).toBe(true);
  });

  it('400 CTS.0003 for a missing or malformed body; an empty list is fine', async () => {
    await expectCtsError(await ctsFetch(`${DOMAIN_PATH}/checkbucket`, { method: 'POST' }), 'CTS.0003');
    await expectCtsError(await checkBuckets({}), 'CTS.0003');
    await expectCtsError(await checkBuckets({ buckets: [{ bucket_name: AUDIT_BUCKET }] }), 'CTS.0003');
    await expectCtsError(await checkBuckets({ buckets: [{ bucket_name: AUDIT_BUCKET, bucket_location: '' }] }), 'CTS.0003');
    await expectCtsError(
      await checkBuckets({ buckets: [{ bucket_name: AUDIT_BUCKET, bucket_location: DEMO_REGION, kms_id: 7 }] }),
      'CTS.0003',
    );
    const empty = await checkBuckets({ buckets: [] });
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ buckets: [] });
  });
});
