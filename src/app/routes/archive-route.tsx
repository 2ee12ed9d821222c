import { DocumentTitle } from '@/app/layout/document-title';
import { ArchivePage } from '@/features/archive/archive-page';

export function ArchiveRoute() {
  return (
    <>
      <DocumentTitle title="Archive" />
      <ArchivePage />
    </>
  );
}
