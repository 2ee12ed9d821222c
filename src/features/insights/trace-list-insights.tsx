import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import type { TraceView } from '@/api/traces';
import type { TopValueFilter } from '@/features/insights/charts/top-values';
import type { TopValueField } from '@/features/insights/scan/scan-analysis';
import { DEFAULT_SCAN_BOUND } from '@/features/insights/scan/scan-bounds';

export type TopValuePick = { field: TopValueField; filter: TopValueFilter; value: string };

// The panel and the scan load only when shown: the first screen stays within its 200 kB gzip budget.
const TraceListInsightsPanel = lazy(() => import('@/features/insights/trace-list-insights-panel').then((module) => ({ default: module.TraceListInsightsPanel })));

/** Whether the user keeps the panel open: scanning reads up to 20,000 traces, so it starts on request. */
const SHOWN_KEY = 'cts-console.trace-list-insights.v1';

function storedShown(): boolean {
  try {
    return localStorage.getItem(SHOWN_KEY) === 'shown';
  } catch {
    return false;
  }
}

interface TraceListInsightsProps {
  /** The list's view; a trace ID lookup is not scanned. */
  view: TraceView;
  onRange: (from: number, to: number) => void;
  onPick: (pick: TopValuePick) => void;
}

/** Above the trace list: volume over time of the whole filter set, its findings badge and top values, on request. */
export function TraceListInsights({ view, onRange, onPick }: TraceListInsightsProps) {
  const [shown, setShown] = useState(storedShown);
  const show = (next: boolean) => {
    setShown(next);
    try {
      localStorage.setItem(SHOWN_KEY, next ? 'shown' : 'hidden');
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
  };
  if (view.trace_id) {
    return null;
  }
  const collapsed = (
    <Paper variant="outlined" component="section" aria-label="Volume and top values" sx={{ px: 1.5, py: 1, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
        Volume over time, top values and security findings of every trace matching these filters (up to {DEFAULT_SCAN_BOUND.toLocaleString('en-US')}, read in the background).
      </Typography>
      {shown ? null : <Button size="small" variant="outlined" onClick={() => show(true)}>Show volume and top values</Button>}
    </Paper>
  );
  return shown ? (
    <Suspense fallback={collapsed}>
      <TraceListInsightsPanel view={view} onRange={onRange} onPick={onPick} onHide={() => show(false)} />
    </Suspense>
  ) : (
    collapsed
  );
}
