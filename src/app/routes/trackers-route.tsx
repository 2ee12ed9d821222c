import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerListPage } from '@/features/trackers/tracker-list-page';

export function TrackersRoute() {
  return (
    <>
      <DocumentTitle title="Trackers" />
      <TrackerListPage />
    </>
  );
}
