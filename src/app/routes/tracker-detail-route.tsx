import { useParams } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerDetailPage } from '@/features/trackers/tracker-detail-page';

export function TrackerDetailRoute() {
  // The router only matches this route with the segment present.
  const trackerName = useParams().trackerName ?? '';
  return (
    <>
      <DocumentTitle title={`${trackerName} · Trackers`} />
      <TrackerDetailPage key={trackerName} trackerName={trackerName} />
    </>
  );
}
