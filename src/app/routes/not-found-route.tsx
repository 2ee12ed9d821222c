import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import { Link as RouterLink, useLocation } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <>
      <DocumentTitle title="Page not found" />
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<SearchOffOutlinedIcon />}
        title="There is no page at this address"
        description={
          <>
            The console has no page at <code>{pathname}</code>. It may have been mistyped, or the link is out of
            date.
          </>
        }
        action={
          <Button variant="contained" component={RouterLink} to="/traces">
            Go to Traces
          </Button>
        }
      />
    </>
  );
}
