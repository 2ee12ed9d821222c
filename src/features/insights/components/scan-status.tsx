import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { countFormat } from '@/features/insights/charts/chart-format';
import { describeScope } from '@/features/insights/scan/scan-scope';
import type { ScanState } from '@/features/insights/scan/use-insights-scan';

interface ScanStatusProps {
  state: ScanState;
  onCancel: () => void;
  onRefresh: () => void;
}

/** The scan's progress with Cancel, then the statement of what it read, with Refresh. */
/** The line stating what the scan is reading, or what it read. */
export function scanLine(state: ScanState): string {
  if (state.status === 'scanning') {
    return `Reading traces: ${countFormat.format(state.read)} of at most ${countFormat.format(state.bound)}…`;
  }
  if (state.status === 'cancelled') {
    return `Scan cancelled after ${countFormat.format(state.read)} traces${state.insights ? `; showing the previous scan: ${describeScope(state.insights.scope)}` : ''}.`;
  }
  if (state.status === 'error') {
    return `The scan failed: ${state.error ?? 'unknown error'}${state.insights ? `; showing the previous scan: ${describeScope(state.insights.scope)}` : ''}.`;
  }
  return state.insights ? `Scanned ${describeScope(state.insights.scope)}.` : '';
}

export function ScanStatus({ state, onCancel, onRefresh }: ScanStatusProps) {
  const scanning = state.status === 'scanning';
  const line = scanLine(state);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 240 }}>
        {scanning ? (
          <LinearProgress variant="determinate" value={Math.min(100, (state.read / state.bound) * 100)} aria-label="Scan progress" sx={{ mb: 0.5 }} />
        ) : null}
        <Typography variant="body2" color={state.status === 'error' ? 'error' : 'text.secondary'} role="status" data-testid="scan-scope">
          {line}
        </Typography>
      </Box>
      {scanning ? (
        <Button size="small" onClick={onCancel}>Cancel scan</Button>
      ) : (
        <Button size="small" onClick={onRefresh}>Refresh scan</Button>
      )}
    </Box>
  );
}
