import { DocumentTitle } from '@/app/layout/document-title';
import { InsightsPage } from '@/features/insights/insights-page';

export function InsightsRoute() {
  return (
    <>
      <DocumentTitle title="Insights" />
      <InsightsPage />
    </>
  );
}
