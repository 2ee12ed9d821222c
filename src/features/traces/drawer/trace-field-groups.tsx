import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Trace, TraceRating } from '@/api/contract/types';
import { TRACE_RATINGS } from '@/api/contract/enums';
import { TraceRatingChip } from '@/features/traces/components/trace-rating-chip';
import { EMPTY_FIELD, fieldText } from '@/features/traces/drawer/field-text';
import { TRACE_FIELD_GROUPS, type TraceField } from '@/features/traces/drawer/trace-fields-config';
import { ShortId } from '@/components/short-id';
import { type TimeZoneChoice, formatTime, readTime, zoneLabel } from '@/components/time-format';
import { readOnlyText } from '@/features/traces/trace-read-only';
import { useT } from '@/i18n/use-t';

function isRating(value: unknown): value is TraceRating {
  return typeof value === 'string' && (TRACE_RATINGS as readonly string[]).includes(value);
}

function FieldValue({ field, trace, timeZone }: { field: TraceField; trace: Trace; timeZone: TimeZoneChoice }) {
  const t = useT();
  const value = field.value(trace);
  if (field.format === 'rating' && isRating(value)) {
    return <TraceRatingChip rating={value} />;
  }
  if (field.format === 'id' && typeof value === 'string' && value !== '') {
    return <ShortId value={value} label={t(field.label)} />;
  }
  if (field.format === 'yesNo' && typeof value === 'boolean') {
    return <>{readOnlyText(value, t)}</>;
  }
  if (field.format === 'time') {
    const epoch = readTime(value);
    if (epoch === null) {
      return <>{fieldText(value)}</>;
    }
    // The value as CTS sent it beside the readable time: auditors compare it with other records.
    return (
      <>
        <time dateTime={new Date(epoch).toISOString()}>{formatTime(epoch, timeZone, { milliseconds: true })}</time>
        <Box component="span" sx={{ color: 'text.secondary' }}>{` ${zoneLabel(timeZone, epoch)} · ${fieldText(value)}`}</Box>
      </>
    );
  }
  // Untrusted text: rendered as a text node, direction taken from its own characters.
  return <bdi>{fieldText(value)}</bdi>;
}

/** The trace's fields in four groups, each a description list; empty fields show "—". */
export function TraceFieldGroups({ trace, timeZone }: { trace: Trace; timeZone: TimeZoneChoice }) {
  const t = useT();
  return (
    <>
      {TRACE_FIELD_GROUPS.map((group) => (
        <Box component="section" key={group.id} aria-labelledby={`trace-group-${group.id}`} sx={{ mb: 2.5 }}>
          <Typography id={`trace-group-${group.id}`} component="h3" variant="subtitle2" sx={{ mb: 1, textTransform: 'uppercase', letterSpacing: 0.6 }}>
            {t(group.title)}
          </Typography>
          <Box
            component="dl"
            sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(150px, 200px) 1fr' }, columnGap: 2, rowGap: 0.75 }}
          >
            {group.fields.map((field) => (
              <Box key={field.parameter} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary" title={field.parameter}>
                  {t(field.label)}
                </Typography>
                <Typography
                  component="dd"
                  variant="body2"
                  sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', color: fieldText(field.value(trace)) === EMPTY_FIELD ? 'text.secondary' : 'text.primary' }}
                >
                  <FieldValue field={field} trace={trace} timeZone={timeZone} />
                </Typography>
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </>
  );
}
