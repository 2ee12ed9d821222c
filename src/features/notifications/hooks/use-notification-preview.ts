import { useCallback, useEffect, useRef, useState } from 'react';
import { listTraces } from '@/api/traces';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { type PreviewRule, toPreviewRule } from '@/features/notifications/preview/preview-matching';
import { type PreviewPlan, planPreview } from '@/features/notifications/preview/preview-plan';
import { type PreviewProgress, type PreviewResult, runPreview } from '@/features/notifications/preview/run-preview';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'running'; plan: PreviewPlan; rule: PreviewRule; progress: PreviewProgress }
  | { status: 'done'; rule: PreviewRule; result: PreviewResult }
  | { status: 'cancelled'; plan: PreviewPlan; progress: PreviewProgress }
  | { status: 'failed'; error: unknown };

/**
 * "Test this notification": a user-started scan of recent traces, not cached server state. It
 * reads pages through the traces API's own fetcher and can be cancelled at any page.
 */
export function useNotificationPreview() {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((values: NotificationFormValues, bound: number) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const rule = toPreviewRule(values);
    const plan = planPreview(rule, { now: Date.now(), bound });
    let progress: PreviewProgress = { read: 0, queriesDone: 0 };
    // A newer run replaces this one: its late answers must not overwrite the newer state.
    const current = () => controller.current === abort;
    setState({ status: 'running', plan, rule, progress });
    runPreview(plan, rule, listTraces, {
      signal: abort.signal,
      onProgress: (next) => {
        progress = next;
        if (current() && !abort.signal.aborted) {
          setState({ status: 'running', plan, rule, progress: next });
        }
      },
    }).then(
      (result) => {
        if (current()) {
          setState(abort.signal.aborted ? { status: 'cancelled', plan, progress } : { status: 'done', rule, result });
        }
      },
      (error: unknown) => {
        if (current()) {
          setState(abort.signal.aborted ? { status: 'cancelled', plan, progress } : { status: 'failed', error });
        }
      },
    );
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  return { state, start, cancel };
}
