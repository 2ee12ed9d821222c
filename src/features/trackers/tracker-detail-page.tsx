import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { describeError } from '@/api/errors';
import { trackerQueries } from '@/api/trackers';
import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { PageHeader } from '@/components/page-header';
import { TrackerConfiguration } from '@/features/trackers/components/tracker-configuration';

/** The trace list filtered to this tracker's own CTS operations. */
function tracesOf(trackerName: string): string {
  const query = new URLSearchParams({ service_type: 'CTS', resource_type: 'tracker', resource_name: trackerName, range: '1w' });
  return `/traces?${query.toString()}`;
}

export function TrackerDetailPage({ trackerName }: { trackerName: string }) {
  const { data: trackers, error, isPending, refetch } = useQuery(trackerQueries.list({ tracker_name: trackerName }));
  const tracker = trackers?.find((candidate) => candidate.tracker_name === trackerName);

  return (
    <>
      <PageHeader
        breadcrumbs={
          <Breadcrumbs aria-label="Breadcrumb">
            <Link component={RouterLink} to="/trackers">
              Trackers
            </Link>
            <Typography color="text.primary">{trackerName}</Typography>
          </Breadcrumbs>
        }
        title={trackerName}
        actions={
          <Button component={RouterLink} to={tracesOf(trackerName)} startIcon={<SearchOutlined />}>
            View its traces
          </Button>
        }
      />
      <Paper variant="outlined">
        {isPending ? (
          <Skeleton variant="rounded" height={320} aria-label="Loading tracker" />
        ) : error ? (
          <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
        ) : tracker ? (
          <TrackerConfiguration tracker={tracker} />
        ) : (
          <EmptyState
            title="Tracker not found"
            description={`No tracker named “${trackerName}” exists in this project.`}
            action={
              <Button component={RouterLink} to="/trackers">
                Back to trackers
              </Button>
            }
          />
        )}
      </Paper>
    </>
  );
}
