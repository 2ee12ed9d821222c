import { useParams } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerEditPage } from '@/features/trackers/tracker-edit-page';
import { useT } from '@/i18n/use-t';

export function TrackerEditRoute() {
  const t = useT();
  // The router only matches this route with the segment present.
  const trackerName = useParams().trackerName ?? '';
  return (
    <>
      <DocumentTitle title={t('app.title.trackerEdit', { trackerName })} />
      <TrackerEditPage key={trackerName} trackerName={trackerName} />
    </>
  );
}
