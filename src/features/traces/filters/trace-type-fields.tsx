import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { TRACE_TYPES } from '@/api/contract/enums';
import type { TraceType } from '@/api/contract/types';
import { trackerQueries } from '@/api/trackers';
import { TRACE_TYPE_LABELS } from '@/features/traces/trace-filter-config';
import { useT } from '@/i18n/use-t';

interface TraceTypeFieldsProps {
  traceType: TraceType;
  trackerName: string | undefined;
  disabledReason?: string;
  onTraceType: (type: TraceType) => void;
  onTracker: (name: string | undefined) => void;
}

const ALL_TRACKERS = '';

/** Management or data traces; for data, all data trackers or one of the account's. */
export function TraceTypeFields({ traceType, trackerName, disabledReason, onTraceType, onTracker }: TraceTypeFieldsProps) {
  const t = useT();
  const labelId = useId();
  const trackers = useQuery({ ...trackerQueries.list({ tracker_type: 'data' }), enabled: traceType === 'data' });
  const names = trackers.data?.map((tracker) => tracker.tracker_name) ?? [];
  // A tracker named in a link that the list does not (yet) hold stays selectable.
  const options = trackerName && !names.includes(trackerName) ? [trackerName, ...names] : names;
  return (
    <>
      <FormControl disabled={Boolean(disabledReason)}>
        <FormLabel id={labelId}>{t('traces.filters.traceType')}</FormLabel>
        <RadioGroup row aria-labelledby={labelId} value={traceType} onChange={(event) => onTraceType(event.target.value as TraceType)}>
          {TRACE_TYPES.map((type) => (
            <FormControlLabel key={type} value={type} control={<Radio />} label={t(TRACE_TYPE_LABELS[type])} />
          ))}
        </RadioGroup>
      </FormControl>
      {traceType === 'data' ? (
        <TextField
          select
          size="small"
          label={t('traces.criteria.tracker_name')}
          value={trackerName ?? ALL_TRACKERS}
          onChange={(event) => onTracker(event.target.value || undefined)}
          helperText={trackers.isError ? t('traces.filters.trackersError') : t('traces.filters.trackersHint')}
        >
          <MenuItem value={ALL_TRACKERS}>{t('traces.filters.allTrackers')}</MenuItem>
          {options.map((name) => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
    </>
  );
}
