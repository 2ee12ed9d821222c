import { DocumentTitle } from '@/app/layout/document-title';
import { TrackerCreatePage } from '@/features/trackers/tracker-create-page';
import { useT } from '@/i18n/use-t';

export function TrackerCreateRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.trackerCreate')} />
      <TrackerCreatePage />
    </>
  );
}
