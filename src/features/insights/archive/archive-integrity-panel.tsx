import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { IntegrityProblem, VerifyReport } from '@/api/archive/verify-archive';
import { trackerQueries } from '@/api/trackers';
import type { VerificationState } from '@/features/insights/archive/use-archive-verification';
import type { MessageId, Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

const RANGES = [
  { days: 7, label: 'insights.archive.range.7', inLine: 'insights.archive.rangeInLine.7' },
  { days: 30, label: 'insights.archive.range.30', inLine: 'insights.archive.rangeInLine.30' },
  { days: 90, label: 'insights.archive.range.90', inLine: 'insights.archive.rangeInLine.90' },
] as const;

/** The kinds of problem in the order the summary names them. */
const PROBLEM_COUNTS: Record<IntegrityProblem['kind'], MessageId> = {
  altered: 'insights.archive.report.altered',
  missing: 'insights.archive.report.missing',
  unlisted: 'insights.archive.report.unlisted',
  gap: 'insights.archive.report.gap',
  'broken-link': 'insights.archive.report.brokenLink',
  'bad-signature': 'insights.archive.report.badSignature',
  unreadable: 'insights.archive.report.unreadable',
};

/** "verified: 720 files, 5,040 digests, no gap", or what was found ("…; found 1 altered file, 1 gap"). */
export function reportSummary(report: VerifyReport, t: Translate): string {
  const values = { files: report.files, digests: report.digests, signed: report.signaturesChecked ? 'yes' : 'no' };
  if (report.problems.length === 0) {
    return t('insights.archive.report.clean', values);
  }
  const byKind = new Map<IntegrityProblem['kind'], number>();
  for (const problem of report.problems) {
    byKind.set(problem.kind, (byKind.get(problem.kind) ?? 0) + 1);
  }
  const found = (Object.keys(PROBLEM_COUNTS) as IntegrityProblem['kind'][])
    .flatMap((kind) => {
      const count = byKind.get(kind) ?? 0;
      return count > 0 ? [t(PROBLEM_COUNTS[kind], { count })] : [];
    })
    .join(t('insights.archive.report.separator'));
  return t('insights.archive.report.found', { ...values, found });
}

interface ArchiveIntegrityPanelProps {
  state: VerificationState | null;
  onVerify: (tracker: string, bucket: string, days: number) => void;
  onCancel: () => void;
}

function statusLine(state: VerificationState, t: Translate): string {
  switch (state.status) {
    case 'running':
      return state.progress
        ? t('insights.archive.reading', { tracker: state.tracker, read: state.progress.read, total: state.progress.total, megabytes: (state.progress.bytes / 1_048_576).toFixed(1) })
        : t('insights.archive.listing', { tracker: state.tracker });
    case 'cancelled':
      return t('insights.archive.cancelled');
    case 'error':
      return t('insights.archive.failed', { error: state.error ?? t('insights.scan.unknownError') });
    case 'done': {
      const range = RANGES.find((candidate) => candidate.days === state.days);
      return state.report
        ? t('insights.archive.done', {
            tracker: state.tracker,
            range: range ? t(range.inLine) : t('insights.archive.rangeInLine.days', { days: state.days }),
            report: reportSummary(state.report, t),
          })
        : '';
    }
  }
}

/**
 * Verification of a tracker's transferred trace files against its digest chain. What it finds is
 * listed with the other findings (rule "Audit tampering"), each naming its object.
 */
export function ArchiveIntegrityPanel({ state, onVerify, onCancel }: ArchiveIntegrityPanelProps) {
  const t = useT();
  const { data: trackers = [] } = useQuery(trackerQueries.list());
  const verifiable = trackers.filter((tracker) => tracker.is_support_validate && tracker.obs_info?.bucket_name);
  const [chosen, setChosen] = useState('');
  const [days, setDays] = useState(30);
  const tracker = verifiable.find((candidate) => candidate.tracker_name === chosen) ?? verifiable[0];
  const running = state?.status === 'running';
  if (verifiable.length === 0) {
    return <Typography color="text.secondary">{t('insights.archive.none')}</Typography>;
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography variant="body2" color="text.secondary">
        {t('insights.archive.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={t('insights.archive.tracker')} value={tracker?.tracker_name ?? ''} onChange={(event) => setChosen(event.target.value)} sx={{ minWidth: 200 }}>
          {verifiable.map((candidate) => (
            <MenuItem key={candidate.tracker_name} value={candidate.tracker_name}>{candidate.tracker_name}</MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('insights.archive.filesIn')} value={days} onChange={(event) => setDays(Number(event.target.value))} sx={{ minWidth: 160 }}>
          {RANGES.map((range) => (
            <MenuItem key={range.days} value={range.days}>{t(range.label)}</MenuItem>
          ))}
        </TextField>
        {running ? (
          <Button onClick={onCancel}>{t('insights.archive.cancel')}</Button>
        ) : (
          <Button variant="outlined" disabled={!tracker} onClick={() => tracker?.obs_info?.bucket_name && onVerify(tracker.tracker_name, tracker.obs_info.bucket_name, days)}>
            {t('insights.archive.verify')}
          </Button>
        )}
      </Box>
      {state ? (
        <Box>
          {running ? (
            <LinearProgress
              aria-label={t('insights.archive.progress')}
              variant={state.progress ? 'determinate' : 'indeterminate'}
              value={state.progress ? Math.min(100, (state.progress.read / Math.max(1, state.progress.total)) * 100) : 0}
              sx={{ mb: 0.5 }}
            />
          ) : null}
          <Typography variant="body2" role="status" color={state.status === 'error' ? 'error' : 'text.secondary'} data-testid="archive-verification">
            {statusLine(state, t)}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
}
