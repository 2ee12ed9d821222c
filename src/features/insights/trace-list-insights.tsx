import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { getConnection } from '@/api/connection';
import type { TraceView } from '@/api/traces';
import type { TopValueFilter } from '@/features/insights/charts/top-values';
import type { TopValueField } from '@/features/insights/scan/scan-analysis';
import { ChartPlaceholder, VOLUME_ROWS, VolumeFrame } from '@/features/insights/components/volume-frame';
import { DEFAULT_SCAN_BOUND } from '@/features/insights/scan/scan-bounds';
import { loadCatalogAreas } from '@/i18n/i18n';
import { useT } from '@/i18n/use-t';

export type TopValuePick = { field: TopValueField; filter: TopValueFilter; value: string };

// The panel, the chart and the scan load after the list (the first screen stays within its 200 kB
// gzip budget); the frame (components/volume-frame.tsx), drawn with the list, holds their place.
// The frame speaks the first screen's `volume` words; the panel brings the insights' with it.
const TraceListInsightsPanel = lazy(() =>
  Promise.all([import('@/features/insights/trace-list-insights-panel'), loadCatalogAreas('insights')]).then(([module]) => ({ default: module.TraceListInsightsPanel })),
);

interface TraceListInsightsProps {
  /** The list's view; a trace ID lookup is not scanned. */
  view: TraceView;
  /** The list's first page is in: a scan that starts by itself waits for it, so the rows come first. */
  listReady: boolean;
  onRange: (from: number, to: number) => void;
  onPick: (pick: TopValuePick) => void;
}

/**
 * Above the trace list: volume over time of the whole filter set, its findings badge and top
 * values. On the demo it scans by itself once the list's first page is in; on a live account
 * scanning reads up to 20,000 traces from it, so it starts when the user asks (for this visit).
 */
export function TraceListInsights({ view, listReady, onRange, onPick }: TraceListInsightsProps) {
  const t = useT();
  const [requested, setRequested] = useState(false);
  if (view.trace_id) {
    return null;
  }
  const live = getConnection().mode === 'live';
  if (live && !requested) {
    return (
      <VolumeFrame
        status={
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {t('volume.liveIntro', { bound: DEFAULT_SCAN_BOUND })}
          </Typography>
        }
        chart={
          <Box sx={{ height: VOLUME_ROWS.chart, display: 'grid', placeItems: 'center', border: 1, borderColor: 'divider', borderStyle: 'dashed', borderRadius: 1 }}>
            <Button variant="outlined" onClick={() => setRequested(true)}>
              {t('volume.liveStart')}
            </Button>
          </Box>
        }
      />
    );
  }
  return (
    <Suspense fallback={<VolumeFrame chart={<ChartPlaceholder />} />}>
      <TraceListInsightsPanel view={view} start={live || listReady} onRange={onRange} onPick={onPick} />
    </Suspense>
  );
}
