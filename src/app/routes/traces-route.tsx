import { DocumentTitle } from '@/app/layout/document-title';
import { TraceListPage } from '@/features/traces/trace-list-page';

export { prefetchTraceList, preloadTraceListParts } from '@/features/traces/prefetch-trace-list';

export function TracesRoute() {
  return (
    <>
      <DocumentTitle title="Traces" />
      <TraceListPage />
    </>
  );
}
