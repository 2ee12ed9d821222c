import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

export function ExportProgress({ loaded, cap }: { loaded: number; cap: number }) {
  const percent = Math.min(100, Math.round((loaded / cap) * 100));
  return (
    <Box>
      <LinearProgress variant="determinate" value={percent} aria-label="Export progress" sx={{ mb: 1 }} />
      <Typography variant="body2" role="status">
        {`${loaded.toLocaleString('en')} of at most ${cap.toLocaleString('en')} traces read…`}
      </Typography>
    </Box>
  );
}
