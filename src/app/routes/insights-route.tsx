import { DocumentTitle } from '@/app/layout/document-title';
import { InsightsPage } from '@/features/insights/insights-page';
import { useT } from '@/i18n/use-t';

export function InsightsRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.insights')} />
      <InsightsPage />
    </>
  );
}
