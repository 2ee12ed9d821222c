import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import { Link as RouterLink, useLocation } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/i18n/use-t';
import { RichText } from '@/i18n/rich-text';

export function NotFoundRoute() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <>
      <DocumentTitle title={t('app.title.notFound')} />
      <PageHeader title={t('app.notFound.heading')} />
      <EmptyState
        icon={<SearchOffOutlinedIcon />}
        title={t('app.notFound.title')}
        description={<RichText id="app.notFound.description" values={{ pathname }} components={{ 0: <code /> }} />}
        action={
          <Button variant="contained" component={RouterLink} to="/traces">
            {t('app.goToTraces')}
          </Button>
        }
      />
    </>
  );
}
