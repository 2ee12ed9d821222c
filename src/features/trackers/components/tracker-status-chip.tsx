import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Tracker } from '@/api/contract/types';
import { TRACKER_ERROR_DETAILS, TRACKER_ERROR_DETAIL_WORDS, TRACKER_STATUS_LABELS } from '@/features/trackers/tracker-config';

const ICONS = {
  enabled: <CheckCircleOutlined />,
  disabled: <PauseCircleOutlined />,
  error: <ErrorOutlined />,
};
const COLORS = { enabled: 'success', disabled: 'default', error: 'error' } as const;

/** Status as text and icon (never colour alone); an error carries its `detail`, explained in words. */
export function TrackerStatusChip({ tracker }: { tracker: Pick<Tracker, 'status' | 'detail'> }) {
  const detail = tracker.status === 'error' ? tracker.detail : undefined;
  return (
    <Box sx={{ minWidth: 120 }}>
      <Chip
        size="small"
        variant="outlined"
        color={COLORS[tracker.status]}
        icon={ICONS[tracker.status]}
        label={detail ? `Error: ${TRACKER_ERROR_DETAIL_WORDS[detail]}` : TRACKER_STATUS_LABELS[tracker.status]}
      />
      {detail ? (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, maxWidth: 260 }}>
          {`${TRACKER_ERROR_DETAILS[detail]} (detail: ${detail})`}
        </Typography>
      ) : null}
    </Box>
  );
}
