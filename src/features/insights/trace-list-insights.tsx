import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Button from '@mui/material/Button';
import { useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { TRACE_RANGES, type TraceView } from '@/api/traces';
import { type TopValueFilter, TopValues } from '@/features/insights/charts/top-values';
import { ScanStatus } from '@/features/insights/components/scan-status';
import { VolumePanel } from '@/features/insights/components/volume-panel';
import type { TopValueField } from '@/features/insights/scan/scan-analysis';
import { DEFAULT_SCAN_BOUND, type ScanCriteria } from '@/features/insights/scan/scan-engine';
import { type ScanTarget, useInsightsScan } from '@/features/insights/scan/use-insights-scan';

export type TopValuePick = { field: TopValueField; filter: TopValueFilter; value: string };

interface TraceListInsightsProps {
  /** The list's view; a trace ID lookup is not scanned. */
  view: TraceView;
  onRange: (from: number, to: number) => void;
  onPick: (pick: TopValuePick) => void;
}

/** Whether the user keeps the panel open: scanning reads up to 20,000 traces, so it starts on request. */
const SHOWN_KEY = 'cts-console.trace-list-insights.v1';

function storedShown(): boolean {
  try {
    return localStorage.getItem(SHOWN_KEY) === 'shown';
  } catch {
    return false;
  }
}

function targetOf(view: TraceView): ScanTarget | null {
  if (view.trace_id) {
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

/** Above the trace list: volume over time of the whole filter set, its findings badge and top values. */
export function TraceListInsights({ view, onRange, onPick }: TraceListInsightsProps) {
  const key = JSON.stringify(view);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the view object is rebuilt on every render; its content is the key.
  const target = useMemo(() => targetOf(view), [key]);
  const [shown, setShown] = useState(storedShown);
  const { state, cancel, refresh } = useInsightsScan(shown ? target : null);
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
  const show = (next: boolean) => {
    setShown(next);
    try {
      localStorage.setItem(SHOWN_KEY, next ? 'shown' : 'hidden');
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
  };
  if (!target) {
    return null;
  }
  if (!shown || !state) {
    return (
      <Paper variant="outlined" component="section" aria-label="Volume and top values" sx={{ px: 1.5, py: 1, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          Volume over time, top values and security findings of every trace matching these filters (up to {DEFAULT_SCAN_BOUND.toLocaleString('en-US')}, read in the background).
        </Typography>
        <Button size="small" variant="outlined" onClick={() => show(true)}>Show volume and top values</Button>
      </Paper>
    );
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
          <ScanStatus state={state} onCancel={cancel} onRefresh={() => refresh()} />
        </Box>
        <Button size="small" onClick={() => show(false)}>Hide</Button>
      </Box>
      {results}
    </Paper>
  );
}
