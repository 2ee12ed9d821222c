import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeReport } from '@/api/archive/verify-archive';
import { trackerQueries } from '@/api/trackers';
import type { VerificationState } from '@/features/insights/archive/use-archive-verification';
import { countFormat } from '@/features/insights/charts/chart-format';

const RANGES = [
  { days: 7, label: 'Past 7 days' },
  { days: 30, label: 'Past month' },
  { days: 90, label: 'Past 90 days' },
];

interface ArchiveIntegrityPanelProps {
  state: VerificationState | null;
  onVerify: (tracker: string, bucket: string, days: number) => void;
  onCancel: () => void;
}

function statusLine(state: VerificationState): string {
  switch (state.status) {
    case 'running':
      return state.progress
        ? `Reading the files of tracker ${state.tracker}: ${countFormat.format(state.progress.read)} of ${countFormat.format(state.progress.total)} (${(state.progress.bytes / 1_048_576).toFixed(1)} MB)…`
        : `Listing the files of tracker ${state.tracker}…`;
    case 'cancelled':
      return 'Verification cancelled.';
    case 'error':
      return `The verification failed: ${state.error ?? 'unknown error'}.`;
    case 'done':
      return state.report ? `Tracker ${state.tracker}, ${RANGES.find((range) => range.days === state.days)?.label.toLowerCase() ?? `${state.days} days`}: ${describeReport(state.report)}.` : '';
  }
}

/**
 * Verification of a tracker's transferred trace files against its digest chain. What it finds is
 * listed with the other findings (rule "Audit tampering"), each naming its object.
 */
export function ArchiveIntegrityPanel({ state, onVerify, onCancel }: ArchiveIntegrityPanelProps) {
  const { data: trackers = [] } = useQuery(trackerQueries.list());
  const verifiable = trackers.filter((tracker) => tracker.is_support_validate && tracker.obs_info?.bucket_name);
  const [chosen, setChosen] = useState('');
  const [days, setDays] = useState(30);
  const tracker = verifiable.find((candidate) => candidate.tracker_name === chosen) ?? verifiable[0];
  const running = state?.status === 'running';
  if (verifiable.length === 0) {
    return <Typography color="text.secondary">No tracker transfers to OBS with file verification on.</Typography>;
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography variant="body2" color="text.secondary">
        Walks the tracker’s digest chain: every file’s MD5 against its digest, every digest’s link to the one before and its signature, and gaps in time.
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label="Tracker" value={tracker?.tracker_name ?? ''} onChange={(event) => setChosen(event.target.value)} sx={{ minWidth: 200 }}>
          {verifiable.map((candidate) => (
            <MenuItem key={candidate.tracker_name} value={candidate.tracker_name}>{candidate.tracker_name}</MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label="Files transferred in" value={days} onChange={(event) => setDays(Number(event.target.value))} sx={{ minWidth: 160 }}>
          {RANGES.map((range) => (
            <MenuItem key={range.days} value={range.days}>{range.label}</MenuItem>
          ))}
        </TextField>
        {running ? (
          <Button onClick={onCancel}>Cancel verification</Button>
        ) : (
          <Button variant="outlined" disabled={!tracker} onClick={() => tracker?.obs_info?.bucket_name && onVerify(tracker.tracker_name, tracker.obs_info.bucket_name, days)}>
            Verify integrity
          </Button>
        )}
      </Box>
      {state ? (
        <Box>
          {running ? (
            <LinearProgress
              aria-label="Verification progress"
              variant={state.progress ? 'determinate' : 'indeterminate'}
              value={state.progress ? Math.min(100, (state.progress.read / Math.max(1, state.progress.total)) * 100) : 0}
              sx={{ mb: 0.5 }}
            />
          ) : null}
          <Typography variant="body2" role="status" color={state.status === 'error' ? 'error' : 'text.secondary'} data-testid="archive-verification">
            {statusLine(state)}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
}
