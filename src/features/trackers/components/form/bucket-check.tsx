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
import type { Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

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

function verdict(t: Translate, result: BucketCheckResult, use: BucketUse, conflict: BucketConflict | null): { severity: 'success' | 'warning' | 'error'; text: string } {
  const response = result.check_bucket_response;
  const reason = [response.error_code, response.error_message].filter(Boolean).join(': ');
  const bucket = result.bucket_name;
  if (use === 'new-transfer') {
    if (response.success) {
      return { severity: 'error', text: t('trackers.bucketCheck.alreadyExists', { bucket }) };
    }
    return response.error_code === 'OBS.NoSuchBucket'
      ? { severity: 'success', text: t('trackers.bucketCheck.willCreate', { bucket }) }
      : { severity: 'error', text: t('trackers.bucketCheck.failed', { bucket, reason }) };
  }
  if (response.success && conflict) {
    const described = describeBucketConflict(conflict, bucket);
    return { severity: 'warning', text: t('trackers.bucketCheck.conflict', { bucket, conflict: t(described.id, described.values) }) };
  }
  if (response.success) {
    return {
      severity: 'success',
      text: use === 'tracked' ? t('trackers.bucketCheck.trackable', { bucket }) : t('trackers.bucketCheck.receives', { bucket }),
    };
  }
  return { severity: 'error', text: t('trackers.bucketCheck.failed', { bucket, reason: reason || `HTTP ${response.response_code}` }) };
}

/**
 * "Check bucket" (POST /v3/{domain_id}/checkbucket, L3021) with the region of the connection as
 * `bucket_location`; the bucket's own result is shown inline, and only while the name is unchanged.
 */
export function BucketCheck({ bucketName, use, encryption, tracking }: BucketCheckProps) {
  const t = useT();
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
  const shown = result && current ? verdict(t, result, use, conflict) : null;

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 0.5 }}>
      <Button size="small" startIcon={<FactCheckOutlined />} onClick={run} disabled={bucketName === ''} loading={check.isPending}>
        {t('trackers.bucketCheck.button')}
      </Button>
      <Box role="status" aria-live="polite" sx={{ flex: '1 1 240px' }}>
        {shown ? (
          <Alert severity={shown.severity} variant="outlined" sx={{ py: 0 }}>
            {shown.text}
          </Alert>
        ) : check.error && current ? (
          <Alert severity="error" variant="outlined" sx={{ py: 0 }}>
            {t('trackers.bucketCheck.error', { reason: [describeError(check.error).code, describeError(check.error).message].filter(Boolean).join(' ') })}
          </Alert>
        ) : null}
      </Box>
    </Box>
  );
}
