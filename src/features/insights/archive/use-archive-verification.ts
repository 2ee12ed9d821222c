import { useCallback, useEffect, useRef, useState } from 'react';
import { importPublicKey } from '@/api/archive/digest-file';
import { readMockArchivePublicKey } from '@/api/archive/obs-client';
import { obsReader } from '@/api/archive/obs-reader';
import { type VerifyProgress, type VerifyReport, verifyArchive } from '@/api/archive/verify-archive';
import { connectionRegion } from '@/api/client';
import { pacedProgress } from '@/components/paced-progress';

export interface VerificationState {
  status: 'running' | 'done' | 'cancelled' | 'error';
  tracker: string;
  bucket: string;
  days: number;
  progress: VerifyProgress | null;
  report: VerifyReport | null;
  error: string | null;
}

const DAY_MS = 86_400_000;

/** Verifies a tracker's transferred files over the last `days` days, with progress and cancel. */
export function useArchiveVerification() {
  const [state, setState] = useState<VerificationState | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const verify = useCallback(async (tracker: string, bucket: string, days: number) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const base = { tracker, bucket, days, progress: null, report: null, error: null };
    setState({ ...base, status: 'running' });
    const progress = pacedProgress<VerifyProgress>((latest) => {
      if (!controller.signal.aborted) {
        setState({ ...base, status: 'running', progress: latest });
      }
    });
    try {
      const pem = await readMockArchivePublicKey(controller.signal);
      const publicKey = pem ? await importPublicKey(pem) : null;
      const to = Date.now();
      const report = await verifyArchive({
        reader: obsReader,
        transfer: { bucket, region: connectionRegion(), trackerName: tracker },
        from: to - days * DAY_MS,
        to,
        publicKey,
        signal: controller.signal,
        onProgress: progress.report,
      }).finally(progress.stop);
      if (!controller.signal.aborted) {
        setState({ ...base, status: 'done', report });
      }
    } catch (error) {
      if (controller.signal.aborted) {
        setState({ ...base, status: 'cancelled' });
      } else {
        setState({ ...base, status: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, verify, cancel };
}
