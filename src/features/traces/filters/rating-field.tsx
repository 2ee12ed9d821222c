import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { TRACE_RATINGS } from '@/api/contract/enums';
import type { TraceRating } from '@/api/contract/types';
import { TRACE_RATING_MEANINGS } from '@/features/traces/trace-rating';

const ANY = '';

/** normal / warning / incident, each with what it means. */
export function RatingField({ value, disabledReason, onChange }: { value: TraceRating | undefined; disabledReason?: string; onChange: (rating: TraceRating | undefined) => void }) {
  return (
    <TextField
      select
      size="small"
      label="Rating"
      value={value ?? ANY}
      disabled={Boolean(disabledReason)}
      helperText={disabledReason ?? (value ? TRACE_RATING_MEANINGS[value] : 'Any rating')}
      onChange={(event) => {
        const rating = TRACE_RATINGS.find((item) => item === event.target.value);
        onChange(rating);
      }}
    >
      <MenuItem value={ANY}>Any rating</MenuItem>
      {TRACE_RATINGS.map((rating) => (
        <MenuItem key={rating} value={rating} sx={{ whiteSpace: 'normal', maxWidth: 360 }}>
          {TRACE_RATING_MEANINGS[rating]}
        </MenuItem>
      ))}
    </TextField>
  );
}
