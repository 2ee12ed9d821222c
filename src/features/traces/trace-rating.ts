import type { TraceRating } from '@/api/contract/types';

/** The rating's meaning as the CTS user guide gives it (the reference lists only the values, L1640). */
export const TRACE_RATING_MEANINGS: Record<TraceRating, string> = {
  normal: 'Normal: the operation succeeded.',
  warning: 'Warning: the operation failed.',
  incident: 'Incident: the operation caused a fault more serious than a failure.',
};

