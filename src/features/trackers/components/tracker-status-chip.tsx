import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Tracker } from '@/api/contract/types';
import { isKnown } from '@/components/known-label';
import { TRACKER_ERROR_DETAILS, TRACKER_ERROR_DETAIL_WORDS, TRACKER_STATUS_LABELS, knownMessage } from '@/features/trackers/tracker-config';
import { useT } from '@/i18n/use-t';

const ICONS = {
  enabled: <CheckCircleOutlined />,
  disabled: <PauseCircleOutlined />,
  error: <ErrorOutlined />,
};
const COLORS = { enabled: 'success', disabled: 'default', error: 'error' } as const;

/**
 * Status as text and icon (never colour alone); an error carries its `detail`, explained in words.
 * A status or detail the console does not know is shown as CTS sent it, on a neutral chip.
 */
export function TrackerStatusChip({ tracker }: { tracker: Pick<Tracker, 'status' | 'detail'> }) {
  const t = useT();
  const status: string | undefined = tracker.status;
  const detail = status === 'error' ? tracker.detail : undefined;
  const known = isKnown(COLORS, status);
  return (
    <Box sx={{ minWidth: 120 }}>
      <Chip
        size="small"
        variant="outlined"
        color={known ? COLORS[status] : 'default'}
        icon={known ? ICONS[status] : undefined}
        label={
          detail
            ? t('trackers.statusChip.error', { detail: knownMessage(t, TRACKER_ERROR_DETAIL_WORDS, detail) })
            : knownMessage(t, TRACKER_STATUS_LABELS, status)
        }
      />
      {detail ? (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, maxWidth: 260 }}>
          {isKnown(TRACKER_ERROR_DETAILS, detail)
            ? t('trackers.statusChip.explained', { explanation: t(TRACKER_ERROR_DETAILS[detail]), detail })
            : t('trackers.statusChip.unknownDetail', { detail })}
        </Typography>
      ) : null}
    </Box>
  );
}
