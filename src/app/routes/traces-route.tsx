import { lazy, Suspense } from 'react';
import { DocumentTitle } from '@/app/layout/document-title';
import { TRACE_RATINGS } from '@/api/contract/enums';
import { type TraceListSlot, TraceListPage } from '@/features/traces/trace-list-page';

export { prefetchTraceList, preloadTraceListParts } from '@/features/traces/prefetch-trace-list';

// The volume histogram and top values load after the list (first screen budget: 200 kB gzip).
const TraceListInsights = lazy(() => import('@/features/insights/trace-list-insights').then((module) => ({ default: module.TraceListInsights })));

function insightsAbove({ view, setRange, setCriterion, setQuickFilter }: TraceListSlot) {
  return (
    <Suspense fallback={null}>
      <TraceListInsights
        view={view}
        onRange={setRange}
        onPick={({ filter, value }) => {
          if (filter === 'trace_rating' && !TRACE_RATINGS.some((rating) => rating === value)) {
            return;
          }
          if (filter) {
            setCriterion(filter, value);
          } else {
            setQuickFilter(value);
          }
        }}
      />
    </Suspense>
  );
}

export function TracesRoute() {
  return (
    <>
      <DocumentTitle title="Traces" />
      <TraceListPage aboveList={insightsAbove} />
    </>
  );
}
