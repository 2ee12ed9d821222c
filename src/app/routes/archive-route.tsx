import { DocumentTitle } from '@/app/layout/document-title';
import { ArchivePage } from '@/features/archive/archive-page';
import { useT } from '@/i18n/use-t';

export function ArchiveRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.archive')} />
      <ArchivePage />
    </>
  );
}
