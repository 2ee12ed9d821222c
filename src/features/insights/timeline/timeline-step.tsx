import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { TimeText } from '@/components/time-text';
import { FieldDiffTable } from '@/components/field-diff-table';
import type { TimelineStep } from '@/features/insights/timeline/reconstruct';

const KIND_LABELS = { create: 'created', update: 'updated', delete: 'deleted', other: 'read or acted on' } as const;

/** One trace of the resource: when, what, who, and what it changed in the configuration. */
export function TimelineStepItem({ step }: { step: TimelineStep }) {
  const { trace } = step;
  const title = `${trace.trace_name} by ${trace.user?.name ?? 'an unknown identity'}`;
  let outcome: string | null = null;
  if (step.failed) {
    outcome = `Failed (${trace.code ?? 'no code'}): the configuration is unchanged.`;
  } else if (step.kind === 'other') {
    outcome = 'No configuration change recorded.';
  } else if (step.kind === 'delete') {
    outcome = 'The resource was deleted.';
  } else if (step.changes.length === 0) {
    outcome = 'Its request set nothing new.';
  }
  return (
    <Paper component="li" variant="outlined" aria-label={title} sx={{ p: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary"><TimeText value={trace.time} /></Typography>
        <Chip size="small" variant="outlined" label={KIND_LABELS[step.kind]} />
        {step.failed ? <Chip size="small" color="warning" label={`code ${trace.code ?? ''}`} /> : null}
      </Box>
      <Typography component="h3" variant="subtitle2" sx={{ mt: 0.5 }}>
        <Link component={RouterLink} to={`/traces?trace_id=${encodeURIComponent(trace.trace_id)}&trace=${encodeURIComponent(trace.trace_id)}`}>
          {trace.trace_name}
        </Link>{' '}
        by {trace.user?.name ?? 'an unknown identity'}
        {trace.source_ip ? ` from ${trace.source_ip}` : ''}
      </Typography>
      {outcome ? <Typography variant="body2" color="text.secondary">{outcome}</Typography> : null}
      {!step.failed && step.changes.length > 0 ? (
        <Box sx={{ mt: 1 }}>
          <FieldDiffTable changes={step.changes} label={`What ${trace.trace_name} at ${new Date(trace.time).toISOString()} changed`} showKind={false} />
        </Box>
      ) : null}
    </Paper>
  );
}
