import Box from '@mui/material/Box';
import { useId } from 'react';
import { PAGE_SIZES } from '@/features/traces/trace-columns-config';
import { useT } from '@/i18n/use-t';

/** How many traces a page loads. A native select keeps MUI's text field and menu off the first screen. */
export function PageSizeSelect({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  const t = useT();
  const id = useId();
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Box component="label" htmlFor={id} sx={{ typography: 'body2', color: 'text.secondary' }}>
        {t('traces.toolbar.pageSize')}
      </Box>
      <Box
        component="select"
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        sx={{
          font: 'inherit',
          typography: 'body2',
          px: 1,
          py: 0.5,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
          color: 'text.primary',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 0 },
        }}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </Box>
    </Box>
  );
}
