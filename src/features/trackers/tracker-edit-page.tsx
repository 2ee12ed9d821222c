import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { postureFix } from '@/features/trackers/posture/tracker-posture';
import { describeError } from '@/api/errors';
import { trackerQueries } from '@/api/trackers';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { PageHeader } from '@/components/page-header';
import { TrackerForm } from '@/features/trackers/components/form/tracker-form';
import { fromTracker } from '@/features/trackers/model/tracker-form-model';
import { trackerPath } from '@/features/trackers/tracker-config';
import { TrackerNotFound } from '@/features/trackers/components/tracker-not-found';
import { useMessage, useT } from '@/i18n/use-t';

const NO_NAMES: readonly string[] = [];

export function TrackerEditPage({ trackerName }: { trackerName: string }) {
  const t = useT();
  const message = useMessage();
  const navigate = useNavigate();
  const { data: trackers, error, isPending, refetch } = useQuery(trackerQueries.list({ tracker_name: trackerName }));
  const tracker = trackers?.find((candidate) => candidate.tracker_name === trackerName);
  const [params] = useSearchParams();
  const fix = tracker ? postureFix(tracker, params.get('fix')) : undefined;

  return (
    <>
      <PageHeader
        breadcrumbs={
          <Breadcrumbs aria-label={t('trackers.breadcrumb')}>
            <Link component={RouterLink} to="/trackers">
              {t('trackers.title')}
            </Link>
            <Link component={RouterLink} to={trackerPath(trackerName)}>
              {trackerName}
            </Link>
            <Typography color="text.primary">{t('trackers.configure')}</Typography>
          </Breadcrumbs>
        }
        title={t('trackers.editPage.title', { name: trackerName })}
      />
      {isPending ? (
        <Paper variant="outlined">
          <LoadingRows label={t('trackers.detail.loading')} rows={6} height={40} />
        </Paper>
      ) : error ? (
        <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
      ) : tracker ? (
        // Mounted once the tracker is loaded, so the form starts from what CTS holds.
        <>
          {fix ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('trackers.editPage.fixNotice', { practice: message(fix.label) })}
            </Alert>
          ) : null}
          <TrackerForm
            key={tracker.id}
            mode="edit"
            initialValues={fromTracker(tracker)}
            stored={tracker}
            existingNames={NO_NAMES}
            cancelTo={trackerPath(trackerName)}
            onSaved={() => void navigate(trackerPath(trackerName))}
            changes={fix?.fix}
          />
        </>
      ) : (
        <Paper variant="outlined">
          <TrackerNotFound trackerName={trackerName} />
        </Paper>
      )}
    </>
  );
}
