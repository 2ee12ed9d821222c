import { DocumentTitle } from '@/app/layout/document-title';
import { ResourceTimelinePage } from '@/features/insights/timeline/resource-timeline-page';

export function ResourceTimelineRoute() {
  return (
    <>
      <DocumentTitle title="Resource timeline" />
      <ResourceTimelinePage />
    </>
  );
}
