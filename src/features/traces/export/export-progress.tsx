import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useT } from '@/i18n/use-t';

export function ExportProgress({ loaded, cap }: { loaded: number; cap: number }) {
  const t = useT();
  const percent = Math.min(100, Math.round((loaded / cap) * 100));
  return (
    <Box>
      <LinearProgress variant="determinate" value={percent} aria-label={t('traces.export.progress')} sx={{ mb: 1 }} />
      <Typography variant="body2" role="status">
        {t('traces.export.progressText', { loaded, cap })}
      </Typography>
    </Box>
  );
}
