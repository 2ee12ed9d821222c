import { useParams } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerDetailPage } from '@/features/trackers/tracker-detail-page';
import { useT } from '@/i18n/use-t';

export function TrackerDetailRoute() {
  const t = useT();
  // The router only matches this route with the segment present.
  const trackerName = useParams().trackerName ?? '';
  return (
    <>
      <DocumentTitle title={t('app.title.trackerDetail', { trackerName })} />
      <TrackerDetailPage key={trackerName} trackerName={trackerName} />
    </>
  );
}
