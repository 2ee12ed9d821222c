import type { TraceRating } from '@/api/contract/types';
import type { MessageId } from '@/i18n/message-id';

/** The rating's meaning as the CTS user guide gives it (the reference lists only the values, L1640). */
export const TRACE_RATING_MEANINGS: Record<TraceRating, MessageId> = {
  normal: 'traces.rating.normal',
  warning: 'traces.rating.warning',
  incident: 'traces.rating.incident',
};
