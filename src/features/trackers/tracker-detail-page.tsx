import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { describeError } from '@/api/errors';
import { trackerQueries } from '@/api/trackers';
import { ErrorPanel } from '@/components/error-panel';
import { PageHeader } from '@/components/page-header';
import { DeleteTrackersDialog } from '@/features/trackers/components/delete-trackers-dialog';
import { StatusFailures } from '@/features/trackers/components/status-failures';
import { TrackerConfiguration } from '@/features/trackers/components/tracker-configuration';
import { TrackerStatusToggle } from '@/features/trackers/components/tracker-status-toggle';
import { TrackerTags } from '@/features/trackers/components/tracker-tags';
import { useTrackerStatus } from '@/features/trackers/hooks/use-tracker-status';
import { MANAGEMENT_NOT_DELETABLE, tracesOfTracker, trackerPath } from '@/features/trackers/tracker-config';
import { TrackerNotFound } from '@/features/trackers/components/tracker-not-found';
import { useT } from '@/i18n/use-t';

export function TrackerDetailPage({ trackerName }: { trackerName: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { data: trackers, error, isPending, refetch } = useQuery(trackerQueries.list({ tracker_name: trackerName }));
  const tracker = trackers?.find((candidate) => candidate.tracker_name === trackerName);
  const status = useTrackerStatus();
  const [deleting, setDeleting] = useState(false);
  const reasonId = useId();
  const isManagement = tracker?.tracker_type === 'system';

  return (
    <>
      <PageHeader
        breadcrumbs={
          <Breadcrumbs aria-label={t('trackers.breadcrumb')}>
            <Link component={RouterLink} to="/trackers">
              {t('trackers.title')}
            </Link>
            <Typography color="text.primary">{trackerName}</Typography>
          </Breadcrumbs>
        }
        title={trackerName}
        actions={
          <>
            <Button component={RouterLink} to={tracesOfTracker(trackerName)} startIcon={<SearchOutlined />}>
              {t('trackers.detail.viewTraces')}
            </Button>
            {tracker?.obs_info?.bucket_name ? (
              <Button component={RouterLink} to={`/archive?tracker=${encodeURIComponent(trackerName)}`}>
                {t('trackers.detail.queryTransferred')}
              </Button>
            ) : null}
            {tracker ? (
              <>
                <Button component={RouterLink} to={`${trackerPath(trackerName)}/edit`} startIcon={<EditOutlined />} variant="contained">
                  {t('trackers.configure')}
                </Button>
                <Button
                  color="error"
                  variant="outlined"
                  startIcon={<DeleteOutlined />}
                  disabled={isManagement}
                  aria-describedby={isManagement ? reasonId : undefined}
                  onClick={() => setDeleting(true)}
                >
                  {t('trackers.detail.delete')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {isManagement ? (
        <Typography id={reasonId} variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
          {t(MANAGEMENT_NOT_DELETABLE)}
        </Typography>
      ) : null}
      <Stack spacing={2}>
        <StatusFailures failures={status.failures} onDismiss={status.dismiss} />
        <Paper variant="outlined">
          {isPending ? (
            <Skeleton variant="rounded" height={320} aria-label={t('trackers.detail.loading')} />
          ) : error ? (
            <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
          ) : tracker ? (
            <>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1.5 }}>
                <TrackerStatusToggle tracker={tracker} pending={status.isPending(tracker)} onChange={status.setStatus} />
                <Typography variant="body2">{tracker.status === 'enabled' ? t('trackers.detail.running') : t('trackers.detail.stopped')}</Typography>
              </Box>
              <TrackerConfiguration tracker={tracker} />
            </>
          ) : (
            <TrackerNotFound trackerName={trackerName} />
          )}
        </Paper>
        {tracker ? (
          <Paper variant="outlined" component="section" aria-label={t('trackers.detail.tags')} sx={{ p: 2 }}>
            <Typography variant="h2" sx={{ mb: 1 }}>
              {t('trackers.detail.tags')}
            </Typography>
            <TrackerTags trackerId={tracker.id} />
          </Paper>
        ) : null}
      </Stack>
      {/* Stays mounted while open: the tracker leaves the list before the dialog hears of the deletion. */}
      {deleting ? (
        <DeleteTrackersDialog
          open
          trackerNames={[trackerName]}
          onClose={() => setDeleting(false)}
          onDeleted={(names) => {
            if (names.includes(trackerName)) {
              void navigate('/trackers');
            }
          }}
        />
      ) : null}
    </>
  );
}
