import { lazy, Suspense } from 'react';

// Loaded when an error happens: Alert and its icons stay off the first screen (budget 200 kB).
const TraceListError = lazy(() => import('@/features/traces/components/trace-list-error').then((module) => ({ default: module.TraceListError })));

export function LazyTraceListError(props: { error: Error; title: string; onRetry: () => void }) {
  return (
    <Suspense fallback={<p role="alert">{props.title}: {props.error.message}</p>}>
      <TraceListError {...props} />
    </Suspense>
  );
}
