import { DocumentTitle } from '@/app/layout/document-title';
import { ResourceTimelinePage } from '@/features/insights/timeline/resource-timeline-page';
import { useT } from '@/i18n/use-t';

export function ResourceTimelineRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.resourceTimeline')} />
      <ResourceTimelinePage />
    </>
  );
}
