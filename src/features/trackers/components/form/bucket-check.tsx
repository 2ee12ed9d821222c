import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { BucketCheckResult, CheckBucketRequest, DataEvent } from '@/api/contract/types';
import { connectionRegion } from '@/api/client';
import { describeError } from '@/api/errors';
import { trackerMutations, trackerQueries } from '@/api/trackers';
import { type BucketConflict, describeBucketConflict, findBucketConflict } from '@/features/trackers/model/bucket-conflicts';

/** How the bucket will be used: its check means something else for a bucket CTS is to create. */
export type BucketUse = 'tracked' | 'transfer' | 'new-transfer';

interface BucketCheckProps {
  bucketName: string;
  use: BucketUse;
  /** The management tracker's encryption: the check verifies the key with the bucket (L3041–3042). */
  encryption?: { enabled: boolean; kmsId: string };
  /** A tracked bucket: the operations chosen, and the tracker being edited (not a conflict with itself). */
  tracking?: { events: readonly DataEvent[]; self?: string };
}

function verdict(result: BucketCheckResult, use: BucketUse, conflict: BucketConflict | null): { severity: 'success' | 'warning' | 'error'; text: string } {
  const response = result.check_bucket_response;
  const reason = [response.error_code, response.error_message].filter(Boolean).join(': ');
  if (use === 'new-transfer') {
    if (response.success) {
      return { severity: 'error', text: `${result.bucket_name} already exists: choose "Existing bucket" or another name.` };
    }
    return response.error_code === 'OBS.NoSuchBucket'
      ? { severity: 'success', text: `${result.bucket_name} does not exist yet: CTS will create it.` }
      : { severity: 'error', text: `${result.bucket_name}: ${reason}` };
  }
  if (response.success && conflict) {
    return { severity: 'warning', text: `${result.bucket_name} exists, but ${describeBucketConflict(conflict, result.bucket_name)}` };
  }
  if (response.success) {
    return {
      severity: 'success',
      text: use === 'tracked' ? `${result.bucket_name} exists and can be tracked.` : `${result.bucket_name} can receive trace files.`,
    };
  }
  return { severity: 'error', text: `${result.bucket_name}: ${reason || `HTTP ${response.response_code}`}` };
}

/**
 * "Check bucket" (POST /v3/{domain_id}/checkbucket, L3021) with the region of the connection as
 * `bucket_location`; the bucket's own result is shown inline, and only while the name is unchanged.
 */
export function BucketCheck({ bucketName, use, encryption, tracking }: BucketCheckProps) {
  const check = useMutation(trackerMutations.checkBuckets());
  const trackers = useQuery({ ...trackerQueries.list(), enabled: tracking !== undefined });
  const run = () => {
    const request: CheckBucketRequest = { bucket_name: bucketName, bucket_location: connectionRegion() };
    if (encryption?.enabled) {
      request.is_support_trace_files_encryption = true;
      request.kms_id = encryption.kmsId;
    }
    check.mutate([request]);
  };
  const result = check.data?.find((candidate) => candidate.bucket_name === bucketName);
  const current = check.variables?.[0]?.bucket_name === bucketName;
  const conflict = tracking ? findBucketConflict(trackers.data ?? [], bucketName, tracking.events, tracking.self) : null;
  const shown = result && current ? verdict(result, use, conflict) : null;

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 0.5 }}>
      <Button size="small" startIcon={<FactCheckOutlined />} onClick={run} disabled={bucketName === ''} loading={check.isPending}>
        Check bucket
      </Button>
      <Box role="status" aria-live="polite" sx={{ flex: '1 1 240px' }}>
        {shown ? (
          <Alert severity={shown.severity} variant="outlined" sx={{ py: 0 }}>
            {shown.text}
          </Alert>
        ) : check.error && current ? (
          <Alert severity="error" variant="outlined" sx={{ py: 0 }}>
            {`The bucket could not be checked: ${[describeError(check.error).code, describeError(check.error).message].filter(Boolean).join(' ')}`}
          </Alert>
        ) : null}
      </Box>
    </Box>
  );
}
