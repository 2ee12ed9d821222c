import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { Tracker } from '@/api/contract/types';
import { TRACKER_ERROR_DETAILS, TRACKER_STATUS_LABELS } from '@/features/trackers/tracker-config';

const ICONS = {
  enabled: <CheckCircleOutlined />,
  disabled: <PauseCircleOutlined />,
  error: <ErrorOutlined />,
};
const COLORS = { enabled: 'success', disabled: 'default', error: 'error' } as const;

/** Status as text and icon (never colour alone); an error carries its explained `detail`. */
export function TrackerStatusChip({ tracker }: { tracker: Pick<Tracker, 'status' | 'detail'> }) {
  const explanation = tracker.status === 'error' && tracker.detail ? TRACKER_ERROR_DETAILS[tracker.detail] : undefined;
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[tracker.status]}
      icon={ICONS[tracker.status]}
      label={tracker.detail && tracker.status === 'error' ? `Error: ${tracker.detail}` : TRACKER_STATUS_LABELS[tracker.status]}
    />
  );
  return explanation ? (
    <Tooltip title={explanation}>
      <span>{chip}</span>
    </Tooltip>
  ) : (
    chip
  );
}
