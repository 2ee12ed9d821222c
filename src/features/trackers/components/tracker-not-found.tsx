import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { useT } from '@/i18n/use-t';

/** A tracker link whose tracker does not exist (deleted, or a typo in the URL). */
export function TrackerNotFound({ trackerName }: { trackerName: string }) {
  const t = useT();
  return (
    <EmptyState
      title={t('trackers.notFound.title')}
      description={t('trackers.notFound.description', { name: trackerName })}
      action={
        <Button component={RouterLink} to="/trackers">
          {t('trackers.notFound.back')}
        </Button>
      }
    />
  );
}
