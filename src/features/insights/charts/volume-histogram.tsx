import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { type ChartFormat, useChartFormat } from '@/features/insights/charts/chart-format';
import type { HistogramBin } from '@/features/insights/scan/scan-analysis';
import type { MessageId, Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

const HEIGHT = 96;
const RATINGS = ['normal', 'warning', 'incident'] as const;
const RATING_LABELS: Record<(typeof RATINGS)[number], MessageId> = { normal: 'insights.rating.normal', warning: 'insights.rating.warning', incident: 'insights.rating.incident' };

interface VolumeHistogramProps {
  bins: HistogramBin[];
  /** Narrow the time range to [from, to) (drag, or Shift+arrows then Enter). */
  onSelect: (from: number, to: number) => void;
}

const total = (bin: HistogramBin) => bin.normal + bin.warning + bin.incident;

export function describeBin(bin: HistogramBin, t: Translate, format: ChartFormat): string {
  return t('insights.chart.bin', { range: `${format.instant(bin.from)} – ${format.clock(bin.to)}`, total: total(bin), normal: bin.normal, warning: bin.warning, incident: bin.incident });
}

/**
 * Traces per time bin stacked by rating. Hover or arrow keys show a bin's counts; dragging across
 * bins, or Shift+arrows then Enter, narrows the trace list's time range to them.
 */
export function VolumeHistogram({ bins, onSelect }: VolumeHistogramProps) {
  const theme = useTheme();
  const t = useT();
  const format = useChartFormat();
  const svg = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const [selection, setSelection] = useState<{ anchor: number; end: number } | null>(null);
  const dragging = useRef(false);
  const max = Math.max(1, ...bins.map(total));
  const colours = { normal: theme.palette.primary.main, warning: theme.palette.warning.main, incident: theme.palette.error.main };

  const binAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) {
      return 0;
    }
    return Math.min(bins.length - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * bins.length)));
  };
  const range = selection ? [Math.min(selection.anchor, selection.end), Math.max(selection.anchor, selection.end)] as const : null;
  const apply = (from: number, to: number) => {
    const first = bins[from];
    const last = bins[to];
    setSelection(null);
    if (first && last) {
      onSelect(first.from, last.to);
    }
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const index = binAt(event.clientX);
    dragging.current = true;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setSelection({ anchor: index, end: index });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const index = binAt(event.clientX);
    setActive(index);
    if (dragging.current) {
      setSelection((current) => current && { ...current, end: index });
    }
  };
  const onPointerUp = () => {
    dragging.current = false;
    if (range && range[1] > range[0]) {
      apply(range[0], range[1]);
    } else {
      setSelection(null);
    }
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const at = active ?? bins.length - 1;
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = Math.min(bins.length - 1, Math.max(0, at + step));
      setActive(next);
      setSelection((current) => (event.shiftKey ? { anchor: current?.anchor ?? at, end: next } : null));
    } else if (event.key === 'Enter' && range) {
      event.preventDefault();
      apply(range[0], range[1]);
    } else if (event.key === 'Escape') {
      setSelection(null);
    }
  };

  const activeBin = active === null ? undefined : bins[active];
  const first = bins[0];
  const last = bins[bins.length - 1];
  return (
    <Box>
      <Box
        component="svg"
        ref={svg}
        role="img"
        tabIndex={0}
        aria-label={t('insights.chart.label', { bars: bins.length })}
        viewBox={`0 0 ${bins.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => !dragging.current && setActive(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        sx={{ display: 'block', width: '100%', height: HEIGHT, cursor: 'crosshair', touchAction: 'none', '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` } }}
      >
        {range ? <rect x={range[0]} y={0} width={range[1] - range[0] + 1} height={HEIGHT} fill={theme.palette.action.selected} /> : null}
        {bins.map((bin, index) => {
          let y = HEIGHT;
          return (
            <g key={bin.from} opacity={active === null || active === index ? 1 : 0.6}>
              {RATINGS.map((rating) => {
                const height = (bin[rating] / max) * (HEIGHT - 4);
                y -= height;
                return height > 0 ? <rect key={rating} x={index + 0.1} y={y} width={0.8} height={height} fill={colours[rating]} /> : null;
              })}
            </g>
          );
        })}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, mt: 0.5 }}>
        <Typography variant="caption" color="text.secondary">{first ? format.day(first.from) : ''}</Typography>
        <Typography variant="caption" role="status" aria-live="polite" sx={{ textAlign: 'center', minHeight: '1.5em' }}>
          {activeBin ? describeBin(activeBin, t, format) : range ? t('insights.chart.release') : ''}
        </Typography>
        <Typography variant="caption" color="text.secondary">{last ? `${format.day(last.to)} ${format.clock(last.to)}` : ''}</Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, mt: 0.5 }} aria-hidden>
        {RATINGS.map((rating) => (
          <Typography key={rating} variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box component="span" sx={{ width: 10, height: 10, bgcolor: colours[rating], display: 'inline-block' }} />
            {t(RATING_LABELS[rating])}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
