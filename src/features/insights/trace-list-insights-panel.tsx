import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { TRACE_RANGES, lookedUpTraceId } from '@/api/rules/trace-query-rules';
import type { TraceView } from '@/api/traces';
import { HistogramTable } from '@/features/insights/charts/histogram-table';
import { TopValues } from '@/features/insights/charts/top-values';
import { VolumeHistogram } from '@/features/insights/charts/volume-histogram';
import { useScanLine } from '@/features/insights/components/scan-status';
import { DEFAULT_SCAN_BOUND } from '@/features/insights/scan/scan-bounds';
import type { ScanCriteria } from '@/features/insights/scan/scan-engine';
import { type ScanTarget, useInsightsScan } from '@/features/insights/scan/use-insights-scan';
import { ChartPlaceholder, VolumeFrame } from '@/features/insights/components/volume-frame';
import type { TopValuePick } from '@/features/insights/trace-list-insights';
import { useT } from '@/i18n/use-t';

interface TraceListInsightsPanelProps {
  view: TraceView;
  /** Whether the scan may start (on the demo it waits for the list's first page, once). */
  start: boolean;
  onRange: (from: number, to: number) => void;
  onPick: (pick: TopValuePick) => void;
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

/** The scan of the list's filter set: volume over time, its findings badge and top values, in the frame that held their place. */
export function TraceListInsightsPanel({ view, start, onRange, onPick }: TraceListInsightsPanelProps) {
  const t = useT();
  const scanLine = useScanLine();
  const key = JSON.stringify(view);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the view object is rebuilt on every render; its content is the key.
  const target = useMemo(() => targetOf(view), [key]);
  // Once started, the scan follows the filters at once: the last result stays shown meanwhile.
  const [started, setStarted] = useState(start);
  if (start && !started) {
    setStarted(true);
  }
  const { state, cancel, refresh } = useInsightsScan(started ? target : null);
  const [asTable, setAsTable] = useState(false);
  const [topShown, setTopShown] = useState(false);
  const topId = useId();
  const callbacks = useRef({ onRange, onPick });
  callbacks.current = { onRange, onPick };
  const insights = state?.insights;
  // Progress updates and the list's own renders leave the chart and top values alone.
  const chart = useMemo(
    () =>
      insights ? (
        asTable ? (
          <HistogramTable bins={insights.histogram} />
        ) : (
          <VolumeHistogram bins={insights.histogram} onSelect={(from, to) => callbacks.current.onRange(from, to)} />
        )
      ) : (
        <ChartPlaceholder />
      ),
    [insights, asTable],
  );
  const topValues = useMemo(
    () => (insights && topShown ? <TopValues values={insights.topValues} onPick={(pick) => callbacks.current.onPick(pick)} /> : null),
    [insights, topShown],
  );
  const findings = insights?.findings ?? [];
  const high = findings.filter((finding) => finding.severity === 'high').length;
  const scanning = state?.status === 'scanning';
  return (
    <VolumeFrame
      badge={
        insights ? (
          <Chip
            component={RouterLink}
            to="/insights"
            clickable
            size="small"
            sx={{ minWidth: 0 }}
            color={high > 0 ? 'error' : findings.length > 0 ? 'warning' : 'default'}
            label={t('insights.panel.findingsBadge', { count: findings.length, high })}
          />
        ) : null
      }
      status={
        <>
          <Box sx={{ flex: 1, minWidth: 0, position: 'relative' }}>
            <Typography
              variant="body2"
              color={state?.status === 'error' ? 'error' : 'text.secondary'}
              role="status"
              data-testid="scan-scope"
              sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
            >
              {state ? scanLine(state) : t('insights.panel.waiting')}
            </Typography>
            {scanning && state ? (
              <LinearProgress
                variant="determinate"
                value={Math.min(100, (state.read / state.bound) * 100)}
                aria-label={t('insights.scan.progress')}
                sx={{ position: 'absolute', left: 0, right: 0, bottom: -5, height: 3 }}
              />
            ) : null}
          </Box>
          {state ? (
            scanning ? (
              <Button size="small" onClick={cancel} sx={{ flexShrink: 0 }}>{t('insights.scan.cancel')}</Button>
            ) : (
              <Button size="small" onClick={() => refresh()} sx={{ flexShrink: 0 }}>{t('insights.scan.refresh')}</Button>
            )
          ) : null}
        </>
      }
      chart={chart}
      actions={
        insights ? (
          <>
            <Button size="small" onClick={() => setAsTable((table) => !table)} aria-pressed={asTable}>
              {t(asTable ? 'insights.panel.showChart' : 'insights.panel.showTable')}
            </Button>
            <Button
              size="small"
              endIcon={<ExpandMoreIcon sx={{ transform: topShown ? 'rotate(180deg)' : undefined }} />}
              aria-expanded={topShown}
              aria-controls={topId}
              onClick={() => setTopShown((shown) => !shown)}
            >
              {t('insights.panel.topValues')}
            </Button>
          </>
        ) : null
      }
    >
      <Box id={topId} hidden={!topShown} sx={{ pt: 1 }}>
        {topValues}
      </Box>
    </VolumeFrame>
  );
}
