import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { describeError } from '@/api/errors';
import { RESOURCE_TIMELINE_LIMIT, resourceTimelineQueries } from '@/api/resource-timeline';
import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { PageHeader } from '@/components/page-header';
import { TimeText } from '@/components/time-text';
import { reconstructTimeline } from '@/features/insights/timeline/reconstruct';
import { TimelineStepItem } from '@/features/insights/timeline/timeline-step';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

/** Every trace of one resource in the week, oldest first, with its configuration rebuilt step by step. */
export function ResourceTimelinePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const resourceId = params.get('resource_id')?.trim() ?? '';
  const [draft, setDraft] = useState(resourceId);
  const timeline = useQuery({ ...resourceTimelineQueries.timeline(resourceId), enabled: resourceId !== '' });
  const steps = useMemo(() => (timeline.data ? reconstructTimeline(timeline.data.traces) : []), [timeline.data]);
  const name = steps.find((step) => step.trace.resource_name)?.trace.resource_name;
  const changes = steps.filter((step) => step.changes.length > 0).length;

  return (
    <>
      <PageHeader
        title={name ? t('insights.timeline.titleNamed', { name }) : t('insights.timeline.title')}
        description={t('insights.timeline.description')}
        breadcrumbs={<Link component={RouterLink} to="/insights">{t('insights.timeline.breadcrumb')}</Link>}
      />
      <Box
        component="form"
        aria-label={t('insights.timeline.form')}
        sx={{ display: 'flex', gap: 1, mb: 2, alignItems: 'flex-start' }}
        onSubmit={(event) => {
          event.preventDefault();
          setParams(draft.trim() ? { resource_id: draft.trim() } : {});
        }}
      >
        <TextField size="small" label={t('insights.timeline.resourceId')} value={draft} onChange={(event) => setDraft(event.target.value)} sx={{ minWidth: 360 }} />
        <Button type="submit" variant="outlined">{t('insights.timeline.show')}</Button>
      </Box>
      {!resourceId ? (
        <EmptyState title={t('insights.timeline.noResource')} description={t('insights.timeline.noResourceHint')} />
      ) : timeline.isPending ? (
        <LoadingRows label={t('insights.timeline.loading')} rows={4} height={64} />
      ) : timeline.isError ? (
        <ErrorPanel {...describeError(timeline.error)} onRetry={() => void timeline.refetch()} />
      ) : steps.length === 0 ? (
        <EmptyState title={t('insights.timeline.empty')} description={t('insights.timeline.emptyHint', { resourceId })} />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
            <RichText
              id="insights.timeline.summary"
              values={{
                count: steps.length,
                changes,
                complete: timeline.data.complete ? 'yes' : 'no',
                limit: RESOURCE_TIMELINE_LIMIT,
                created: steps[0]?.kind === 'create' ? 'yes' : 'no',
              }}
              components={{ 0: <TimeText value={timeline.data.from} />, 1: <TimeText value={timeline.data.to} /> }}
            />
          </Typography>
          <Box component="ol" aria-label={t('insights.timeline.list')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
            {steps.map((step) => (
              <TimelineStepItem key={step.trace.trace_id} step={step} />
            ))}
          </Box>
        </>
      )}
    </>
  );
}
