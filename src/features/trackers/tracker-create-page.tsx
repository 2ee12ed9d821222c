import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '@/api/errors';
import type { TrackerType } from '@/api/contract/types';
import { trackerQueries } from '@/api/trackers';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { PageHeader } from '@/components/page-header';
import { TrackerForm } from '@/features/trackers/components/form/tracker-form';
import { defaultTrackerValues } from '@/features/trackers/model/tracker-form-model';
import { trackerPath } from '@/features/trackers/tracker-config';
import { unavailableTrackerTypes } from '@/features/trackers/tracker-quotas';
import type { Message } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

/** `/trackers/new?type=data|system`: the type asked for, unless its quota is full and the other's is not. */
function initialType(requested: TrackerType, unavailable: Partial<Record<TrackerType, Message>>): TrackerType {
  const other: TrackerType = requested === 'system' ? 'data' : 'system';
  return unavailable[requested] !== undefined && unavailable[other] === undefined ? other : requested;
}

export function TrackerCreatePage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const trackers = useQuery(trackerQueries.list());
  // Without quotas the form still works: CTS answers a full quota with CTS.0200/0201, shown at the top.
  const quotas = useQuery(trackerQueries.quotas());
  const unavailable = useMemo(() => unavailableTrackerTypes(quotas.data), [quotas.data]);
  const existingNames = useMemo(() => (trackers.data ?? []).map((tracker) => tracker.tracker_name), [trackers.data]);
  const type = initialType(params.get('type') === 'system' ? 'system' : 'data', unavailable);

  return (
    <>
      <PageHeader
        breadcrumbs={
          <Breadcrumbs aria-label={t('trackers.breadcrumb')}>
            <Link component={RouterLink} to="/trackers">
              {t('trackers.title')}
            </Link>
            <Typography color="text.primary">{t('trackers.createPage.crumb')}</Typography>
          </Breadcrumbs>
        }
        title={t('trackers.createPage.title')}
        description={t('trackers.createPage.description')}
      />
      {trackers.isPending || quotas.isPending ? (
        <Paper variant="outlined">
          <LoadingRows label={t('trackers.createPage.loading')} rows={6} height={40} />
        </Paper>
      ) : trackers.error ? (
        <ErrorPanel {...describeError(trackers.error)} onRetry={() => void trackers.refetch()} />
      ) : (
        <TrackerForm
          key={type}
          mode="create"
          initialValues={defaultTrackerValues(type)}
          existingNames={existingNames}
          unavailable={unavailable}
          cancelTo="/trackers"
          onSaved={(name) => void navigate(trackerPath(name))}
        />
      )}
    </>
  );
}
