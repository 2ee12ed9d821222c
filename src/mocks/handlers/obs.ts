import { ERROR_CODES } from '@/api/contract/error-codes';
import type { BucketCheckResult, CheckBucketRequest, CheckBucketResponse } from '@/api/contract/types';
import { bucketNameIssue, kmsIdFormatIssue, kmsIdPresentIssue } from '@/api/rules/tracker-rules';
import type { MockDb } from '@/mocks/db/mock-db';
import { http } from '@/mocks/handlers/http';
import { isUsableKmsKey } from '@/mocks/handlers/kms-keys';
import { withCts } from '@/mocks/handlers/with-cts';
import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord, readJsonBody } from '@/mocks/handlers/request-body';

/** OBS's own answer for a missing bucket, as in the reference's example (L3160–3164). */
const NO_SUCH_BUCKET = { code: 'OBS.NoSuchBucket', message: 'The specified bucket does not exist.', status: 404 };

function isCheckBucketRequest(value: unknown): value is CheckBucketRequest {
  return (
    isRecord(value) &&
    typeof value.bucket_name === 'string' &&
    typeof value.bucket_location === 'string' &&
    value.bucket_location !== '' &&
    (value.kms_id === undefined || typeof value.kms_id === 'string') &&
    (value.is_support_trace_files_encryption === undefined || typeof value.is_support_trace_files_encryption === 'boolean')
  );
}

/**
 * `{buckets: [...]}` (Table 6-144): each item needs `bucket_name` and `bucket_location` (Table 6-145).
 * An absent list asks for nothing: CTS.0003, like any malformed body.
 */
function readBuckets(body: unknown): CheckBucketRequest[] {
  const buckets = isRecord(body) ? body.buckets : undefined;
  if (!Array.isArray(buckets) || !buckets.every(isCheckBucketRequest)) {
    throw ctsError('CTS.0003');
  }
  return buckets;
}

function failure(code: 'CTS.0221' | 'CTS.0222' | 'CTS.0231'): CheckBucketResponse {
  const entry = ERROR_CODES[code];
  return { success: false, response_code: entry.status, error_code: code, error_message: entry.message };
}

/**
 * One bucket's check, in the tracker rules' order: name (CTS.0231), key (CTS.0221/0222), then
 * existence. The simulated world has one region, so `bucket_location` is required but not
 * compared (section 4). The key is verified only with encryption on: the reference's example
 * succeeds with an arbitrary key and encryption off (L3128–3131, L3149–3156).
 */
function checkBucket(db: MockDb, bucket: CheckBucketRequest): CheckBucketResponse {
  if (bucketNameIssue(bucket.bucket_name) !== null) {
    return failure('CTS.0231');
  }
  const encrypted = bucket.is_support_trace_files_encryption === true;
  if (kmsIdPresentIssue(encrypted, bucket.kms_id) !== null) {
    return failure('CTS.0221');
  }
  if (encrypted && (kmsIdFormatIssue(bucket.kms_id ?? '') !== null || !isUsableKmsKey(bucket.kms_id ?? ''))) {
    return failure('CTS.0222');
  }
  if (!db.buckets.has(bucket.bucket_name)) {
    return {
      success: false,
      response_code: NO_SUCH_BUCKET.status,
      error_code: NO_SUCH_BUCKET.code,
      error_message: NO_SUCH_BUCKET.message,
    };
  }
  return { success: true, response_code: 200 };
}

/**
 * POST /v3/{domain_id}/checkbucket (L3021, choice 2). An unusable bucket is a result, not an HTTP
 * error: the answer is 200 with one check per bucket, echoing the request (Table 6-147).
 */
export function checkObsBucketsHandler(db: MockDb) {
  return http.post(
    '/v3/{domain_id}/checkbucket',
    withCts(async ({ request, response }) => {
      const buckets = readBuckets(await readJsonBody(request));
      const results: BucketCheckResult[] = buckets.map((bucket) => ({
        bucket_name: bucket.bucket_name,
        bucket_location: bucket.bucket_location,
        ...(bucket.kms_id === undefined ? {} : { kms_id: bucket.kms_id }),
        ...(bucket.is_support_trace_files_encryption === undefined
          ? {}
          : { is_support_trace_files_encryption: bucket.is_support_trace_files_encryption }),
        check_bucket_response: checkBucket(db, bucket),
      }));
      return response(200).json({ buckets: results });
    }),
  );
}

export function obsHandlers(db: MockDb) {
  return [checkObsBucketsHandler(db)];
}
