import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * The fixed heights of the volume panel's rows (px): its title, the scan's status, the chart (the
 * histogram with its captions and legend), and its buttons. The panel is as tall from the first
 * paint as with its results (index.html's frame reserves the same), so the list below never moves
 * when they arrive. Only what the user opens (top values, the data table) makes it taller.
 */
export const VOLUME_ROWS = {
  title: 32,
  status: { xs: 52, sm: 36 },
  chart: 148,
  actions: 32,
} as const;

interface VolumeFrameProps {
  /** Beside the title: the findings badge. */
  badge?: ReactNode;
  status?: ReactNode;
  chart?: ReactNode;
  actions?: ReactNode;
  /** What the user opened below (top values). */
  children?: ReactNode;
}

/** The volume panel's frame: every row at its fixed height, whatever is in it yet. */
export function VolumeFrame({ badge, status, chart, actions, children }: VolumeFrameProps) {
  const t = useT();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="trace-list-volume" sx={{ px: 1.5, py: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, height: VOLUME_ROWS.title, minWidth: 0 }}>
        <Typography id="trace-list-volume" variant="subtitle2" component="h2" sx={{ flexShrink: 0 }}>
          {t('volume.title')}
        </Typography>
        {badge}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, height: VOLUME_ROWS.status }}>{status}</Box>
      <Box sx={{ minHeight: VOLUME_ROWS.chart }}>{chart}</Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, height: VOLUME_ROWS.actions }}>{actions}</Box>
      {children}
    </Paper>
  );
}

/** The chart's place while the scan's first result is not there. */
export function ChartPlaceholder() {
  return <Skeleton variant="rounded" height={96} aria-hidden />;
}

