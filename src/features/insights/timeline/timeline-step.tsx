import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { TimeText } from '@/components/time-text';
import { FieldDiffTable } from '@/components/field-diff-table';
import type { TimelineStep } from '@/features/insights/timeline/reconstruct';
import type { MessageId } from '@/i18n/message-id';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

const KIND_LABELS: Record<TimelineStep['kind'], MessageId> = {
  create: 'insights.timeline.kind.create',
  update: 'insights.timeline.kind.update',
  delete: 'insights.timeline.kind.delete',
  other: 'insights.timeline.kind.other',
};

/** One trace of the resource: when, what, who, and what it changed in the configuration. */
export function TimelineStepItem({ step }: { step: TimelineStep }) {
  const t = useT();
  const { trace } = step;
  const user = trace.user?.name ?? t('insights.finding.unknownIdentity');
  const title = t('insights.timeline.stepLabel', { trace: trace.trace_name, user });
  let outcome: string | null = null;
  if (step.failed) {
    outcome = t('insights.timeline.failed', { code: trace.code ?? t('insights.timeline.noCode') });
  } else if (step.kind === 'other') {
    outcome = t('insights.timeline.noChange');
  } else if (step.kind === 'delete') {
    outcome = t('insights.timeline.deleted');
  } else if (step.changes.length === 0) {
    outcome = t('insights.timeline.nothingNew');
  }
  return (
    <Paper component="li" variant="outlined" aria-label={title} sx={{ p: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary"><TimeText value={trace.time} /></Typography>
        <Chip size="small" variant="outlined" label={t(KIND_LABELS[step.kind])} />
        {step.failed ? <Chip size="small" color="warning" label={t('insights.timeline.code', { code: trace.code ?? '' })} /> : null}
      </Box>
      <Typography component="h3" variant="subtitle2" sx={{ mt: 0.5 }}>
        <RichText
          id={trace.source_ip ? 'insights.timeline.stepHeadingFrom' : 'insights.timeline.stepHeading'}
          values={{ trace: trace.trace_name, user, ip: trace.source_ip ?? '' }}
          components={{ 0: <Link component={RouterLink} to={`/traces?trace_id=${encodeURIComponent(trace.trace_id)}&trace=${encodeURIComponent(trace.trace_id)}`} /> }}
        />
      </Typography>
      {outcome ? <Typography variant="body2" color="text.secondary">{outcome}</Typography> : null}
      {!step.failed && step.changes.length > 0 ? (
        <Box sx={{ mt: 1 }}>
          <FieldDiffTable changes={step.changes} label={t('insights.timeline.changes', { trace: trace.trace_name, time: new Date(trace.time).toISOString() })} showKind={false} />
        </Box>
      ) : null}
    </Paper>
  );
}
