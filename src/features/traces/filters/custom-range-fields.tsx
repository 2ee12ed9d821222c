import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { zhCN } from '@mui/x-date-pickers/locales';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useState } from 'react';
import type { TimeZoneChoice } from '@/components/time-format';
import { PICKER_FORMAT, zoneLabel } from '@/components/time-format';
import { type TraceWindow, oldestStart, windowBounds } from '@/api/rules/trace-query-rules';
import { RETENTION_NOTE, checkCustomWindow, typedMinutes } from '@/features/traces/trace-time-range';
import { useLocale, useT } from '@/i18n/use-t';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The pickers' texts (toolbar, buttons, field placeholders) and dayjs's month and day names in Chinese; the time format stays the console's. */
const CHINESE_PICKERS = { adapterLocale: 'zh-cn', localeText: zhCN.components.MuiLocalizationProvider.defaultProps.localeText };

interface CustomRangeFieldsProps {
  window: TraceWindow;
  timeZone: TimeZoneChoice;
  disabledReason?: string;
  onApply: (window: { from: number; to: number }) => void;
}

/** Start and end pickers (their own LocalizationProvider: the app has none, to keep the first screen small). */
export function CustomRangeFields({ window, timeZone, disabledReason, onApply }: CustomRangeFieldsProps) {
  const t = useT();
  const locale = useLocale();
  const now = Date.now();
  const initial = windowBounds(window, now);
  const [from, setFrom] = useState<Dayjs | null>(dayjs(initial.from));
  const [to, setTo] = useState<Dayjs | null>(dayjs(initial.to));
  const [tried, setTried] = useState(false);
  const zone = timeZone === 'UTC' ? 'UTC' : 'system';
  const typed = from && to ? typedMinutes(from.valueOf(), to.valueOf()) : null;
  const message = checkCustomWindow(typed?.from ?? Number.NaN, typed?.to ?? Number.NaN, Date.now());
  const apply = () => {
    setTried(true);
    if (!message && typed) {
      onApply(typed);
    }
  };
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} {...(locale === 'zh-CN' ? CHINESE_PICKERS : {})}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <DateTimePicker
          label={t('traces.range.from', { zone: zoneLabel(timeZone) })}
          value={from}
          timezone={zone}
          ampm={false}
          format={PICKER_FORMAT}
          disabled={Boolean(disabledReason)}
          minDateTime={dayjs(oldestStart(now))}
          maxDateTime={dayjs(now)}
          onChange={setFrom}
          slotProps={{ textField: { size: 'small' } }}
        />
        <DateTimePicker
          label={t('traces.range.to', { zone: zoneLabel(timeZone) })}
          value={to}
          timezone={zone}
          ampm={false}
          format={PICKER_FORMAT}
          disabled={Boolean(disabledReason)}
          minDateTime={dayjs(oldestStart(now))}
          onChange={setTo}
          slotProps={{ textField: { size: 'small' } }}
        />
        <Button variant="outlined" onClick={apply} disabled={Boolean(disabledReason)}>
          {t('traces.range.apply')}
        </Button>
      </Box>
      <Typography variant="body2" color={tried && message ? 'error' : 'text.secondary'} role={tried && message ? 'alert' : undefined} sx={{ mt: 1 }}>
        {disabledReason ?? t(tried && message ? message : RETENTION_NOTE)}
      </Typography>
    </LocalizationProvider>
  );
}
