import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import { type TimeZoneChoice, zoneLabel } from '@/components/time-format';
import { useT } from '@/i18n/use-t';

/** Local time or UTC, the zone always named. */
export function TimeZoneToggle({ value, onChange }: { value: TimeZoneChoice; onChange: (zone: TimeZoneChoice) => void }) {
  const t = useT();
  return (
    <Box role="group" aria-label={t('traces.timeZone.label')} sx={{ display: 'flex', gap: 0.5 }}>
      {(['local', 'UTC'] as const).map((zone) => (
        <Button
          key={zone}
          size="small"
          aria-pressed={value === zone}
          variant={value === zone ? 'contained' : 'outlined'}
          onClick={() => onChange(zone)}
          title={zoneLabel(zone)}
        >
          {zone === 'local' ? t('traces.timeZone.local', { zone: zoneLabel('local') }) : 'UTC'}
        </Button>
      ))}
    </Box>
  );
}
