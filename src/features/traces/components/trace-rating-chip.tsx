import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Chip from '@mui/material/Chip';
import type { TraceRating } from '@/api/contract/types';
import { isKnown } from '@/components/known-label';
import { TRACE_RATING_MEANINGS } from '@/features/traces/trace-rating';
import { useT } from '@/i18n/use-t';

const LOOK = {
  normal: { color: 'default', icon: <InfoOutlined /> },
  warning: { color: 'warning', icon: <WarningAmberOutlined /> },
  incident: { color: 'error', icon: <ErrorOutlined /> },
} as const;

/** A rating the console does not know (a newer CTS) is shown as sent, on a neutral chip. */
export function TraceRatingChip({ rating }: { rating: TraceRating | (string & {}) }) {
  const t = useT();
  if (!isKnown(LOOK, rating)) {
    return <Chip size="small" variant="outlined" label={rating || '—'} />;
  }
  const look = LOOK[rating];
  return <Chip size="small" variant="outlined" color={look.color} icon={look.icon} label={rating} title={t(TRACE_RATING_MEANINGS[rating])} />;
}
