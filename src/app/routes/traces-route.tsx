import { DocumentTitle } from '@/app/layout/document-title';
import { TRACE_RATINGS } from '@/api/contract/enums';
import { TraceListInsights } from '@/features/insights/trace-list-insights';
import { type TraceListSlot, TraceListPage } from '@/features/traces/trace-list-page';
import { useT } from '@/i18n/use-t';

export { prefetchTraceList, preloadTraceListParts } from '@/features/traces/prefetch-trace-list';

/** Volume over time above the list: its frame is drawn with the list, its chart and scan load after it. */
function insightsAbove({ view, listReady, setRange, setCriterion, setQuickFilter }: TraceListSlot) {
  return (
    <TraceListInsights
      view={view}
      listReady={listReady}
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
  );
}

export function TracesRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.traces')} />
      <TraceListPage aboveList={insightsAbove} />
    </>
  );
}
