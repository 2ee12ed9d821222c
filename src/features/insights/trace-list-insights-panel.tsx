import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Button from '@mui/material/Button';
import { useMemo, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { TRACE_RANGES, lookedUpTraceId } from '@/api/rules/trace-query-rules';
import type { TraceView } from '@/api/traces';
import { TopValues } from '@/features/insights/charts/top-values';
import { ScanStatus } from '@/features/insights/components/scan-status';
import { VolumePanel } from '@/features/insights/components/volume-panel';
import { DEFAULT_SCAN_BOUND } from '@/features/insights/scan/scan-bounds';
import type { ScanCriteria } from '@/features/insights/scan/scan-engine';
import { type ScanTarget, useInsightsScan } from '@/features/insights/scan/use-insights-scan';

import type { TopValuePick } from '@/features/insights/trace-list-insights';

interface TraceListInsightsPanelProps {
  view: TraceView;
  onRange: (from: number, to: number) => void;
  onPick: (pick: TopValuePick) => void;
  onHide: () => void;
}

function targetOf(view: TraceView): ScanTarget | null {
  if (lookedUpTraceId(view)) {
    return null;
  }
  const { limit: _limit, ...rest } = view;
  if ('range' in rest) {
    const { range, ...criteria } = rest;
    return { criteria: criteria as ScanCriteria, window: { lastMs: TRACE_RANGES[range] }, bound: DEFAULT_SCAN_BOUND };
  }
  const { from, to, ...criteria } = rest;
  return { criteria: criteria as ScanCriteria, window: { from, to }, bound: DEFAULT_SCAN_BOUND };
}

/** The scan of the list's filter set: volume over time, its findings badge and top values. */
export function TraceListInsightsPanel({ view, onRange, onPick, onHide }: TraceListInsightsPanelProps) {
  const key = JSON.stringify(view);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the view object is rebuilt on every render; its content is the key.
  const target = useMemo(() => targetOf(view), [key]);
  const { state, cancel, refresh } = useInsightsScan(target);
  const callbacks = useRef({ onRange, onPick });
  callbacks.current = { onRange, onPick };
  const insights = state?.insights;
  // Progress updates and the list's own renders leave the chart and top values alone.
  const results = useMemo(
    () =>
      insights ? (
        <>
          <VolumePanel bins={insights.histogram} onSelect={(from, to) => callbacks.current.onRange(from, to)} />
          <Accordion disableGutters elevation={0} sx={{ mt: 1, '&::before': { display: 'none' } }} slotProps={{ transition: { unmountOnExit: true } }}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ px: 0 }}>
              <Typography variant="subtitle2" component="h2">Top values</Typography>
            </AccordionSummary>
            <AccordionDetails sx={{ px: 0 }}>
              <TopValues values={insights.topValues} onPick={(pick) => callbacks.current.onPick(pick)} />
            </AccordionDetails>
          </Accordion>
        </>
      ) : null,
    [insights],
  );
  if (!target) {
    return null;
  }
  const findings = insights?.findings ?? [];
  const high = findings.filter((finding) => finding.severity === 'high').length;
  return (
    <Paper variant="outlined" component="section" aria-label="Volume and top values" sx={{ p: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h2">Volume over time</Typography>
        {insights ? (
          <Chip
            component={RouterLink}
            to="/insights"
            clickable
            size="small"
            color={high > 0 ? 'error' : findings.length > 0 ? 'warning' : 'default'}
            label={`${findings.length} security finding${findings.length === 1 ? '' : 's'}${high > 0 ? ` (${high} high)` : ''}`}
          />
        ) : null}
        <Box sx={{ flex: 1, minWidth: 240 }}>
          {state ? <ScanStatus state={state} onCancel={cancel} onRefresh={() => refresh()} /> : null}
        </Box>
        <Button size="small" onClick={onHide}>Hide</Button>
      </Box>
      {results}
    </Paper>
  );
}
