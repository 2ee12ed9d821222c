import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerListPage } from '@/features/trackers/tracker-list-page';
import { useT } from '@/i18n/use-t';

export function TrackersRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.trackers')} />
      <TrackerListPage />
    </>
  );
}
