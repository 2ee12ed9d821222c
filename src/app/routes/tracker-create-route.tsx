import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerCreatePage } from '@/features/trackers/tracker-create-page';

export function TrackerCreateRoute() {
  return (
    <>
      <DocumentTitle title="Create tracker · Trackers" />
      <TrackerCreatePage />
    </>
  );
}
