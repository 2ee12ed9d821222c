import { DocumentTitle } from '@/app/layout/document-title';
import { TraceListPage } from '@/features/traces/trace-list-page';

export function TracesRoute() {
  return (
    <>
      <DocumentTitle title="Traces" />
      <TraceListPage />
    </>
  );
}
