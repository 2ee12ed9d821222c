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

/** Every trace of one resource in the week, oldest first, with its configuration rebuilt step by step. */
export function ResourceTimelinePage() {
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
        title={name ? `Resource timeline: ${name}` : 'Resource timeline'}
        description="Every management trace of one resource in the last 7 days, oldest first: who acted, and the configuration rebuilt from the create and update request bodies, step by step."
        breadcrumbs={<Link component={RouterLink} to="/insights">Insights</Link>}
      />
      <Box
        component="form"
        aria-label="Resource"
        sx={{ display: 'flex', gap: 1, mb: 2, alignItems: 'flex-start' }}
        onSubmit={(event) => {
          event.preventDefault();
          setParams(draft.trim() ? { resource_id: draft.trim() } : {});
        }}
      >
        <TextField size="small" label="Resource ID" value={draft} onChange={(event) => setDraft(event.target.value)} sx={{ minWidth: 360 }} />
        <Button type="submit" variant="outlined">Show timeline</Button>
      </Box>
      {!resourceId ? (
        <EmptyState title="No resource chosen" description="Enter a resource ID, or open a trace's timeline from its drawer in the trace list." />
      ) : timeline.isPending ? (
        <LoadingRows label="Loading the resource's traces" rows={4} height={64} />
      ) : timeline.isError ? (
        <ErrorPanel {...describeError(timeline.error)} onRetry={() => void timeline.refetch()} />
      ) : steps.length === 0 ? (
        <EmptyState title="No trace of this resource in the last 7 days" description={`CTS recorded no management trace with resource ID ${resourceId}.`} />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
            {steps.length} trace{steps.length === 1 ? '' : 's'} ({changes} changing the configuration), <TimeText value={timeline.data.from} /> – <TimeText value={timeline.data.to} />,{' '}
            {timeline.data.complete ? 'complete' : `the newest ${RESOURCE_TIMELINE_LIMIT.toLocaleString('en-US')} only`}.
            {steps[0]?.kind === 'create' ? '' : ' The resource was created before the week: its earlier configuration is not known, so the first changes show only what they set.'}
          </Typography>
          <Box component="ol" aria-label="Timeline" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
            {steps.map((step) => (
              <TimelineStepItem key={step.trace.trace_id} step={step} />
            ))}
          </Box>
        </>
      )}
    </>
  );
}
