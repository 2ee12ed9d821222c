import { useParams } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerEditPage } from '@/features/trackers/tracker-edit-page';

export function TrackerEditRoute() {
  // The router only matches this route with the segment present.
  const trackerName = useParams().trackerName ?? '';
  return (
    <>
      <DocumentTitle title={`Configure ${trackerName} · Trackers`} />
      <TrackerEditPage key={trackerName} trackerName={trackerName} />
    </>
  );
}
