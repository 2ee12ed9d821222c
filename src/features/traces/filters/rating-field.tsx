import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { TRACE_RATINGS } from '@/api/contract/enums';
import type { TraceRating } from '@/api/contract/types';
import { TRACE_RATING_MEANINGS } from '@/features/traces/trace-rating';
import { useT } from '@/i18n/use-t';

const ANY = '';

/** normal / warning / incident, each with what it means. */
export function RatingField({ value, disabledReason, onChange }: { value: TraceRating | undefined; disabledReason?: string; onChange: (rating: TraceRating | undefined) => void }) {
  const t = useT();
  return (
    <TextField
      select
      size="small"
      label={t('traces.criteria.trace_rating')}
      value={value ?? ANY}
      disabled={Boolean(disabledReason)}
      helperText={disabledReason ?? (value ? t(TRACE_RATING_MEANINGS[value]) : t('traces.filters.anyRating'))}
      onChange={(event) => {
        const rating = TRACE_RATINGS.find((item) => item === event.target.value);
        onChange(rating);
      }}
    >
      <MenuItem value={ANY}>{t('traces.filters.anyRating')}</MenuItem>
      {TRACE_RATINGS.map((rating) => (
        <MenuItem key={rating} value={rating} sx={{ whiteSpace: 'normal', maxWidth: 360 }}>
          {t(TRACE_RATING_MEANINGS[rating])}
        </MenuItem>
      ))}
    </TextField>
  );
}
