import Box from '@mui/material/Box';
import { useId } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * A case-insensitive search of the loaded rows. A native input keeps MUI's text field off the
 * first screen; the label says it searches loaded results only (CTS itself matches exactly).
 */
export function QuickFilter({ value, loaded, onChange }: { value: string; loaded: number; onChange: (value: string) => void }) {
  const t = useT();
  const id = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25, width: '100%', maxWidth: 420 }}>
      <Box component="label" htmlFor={id} sx={{ typography: 'caption', color: 'text.secondary' }}>
        {t('traces.quickFilter.label', { count: loaded })}
      </Box>
      <Box
        component="input"
        id={id}
        type="search"
        value={value}
        placeholder={t('traces.quickFilter.placeholder')}
        onChange={(event) => onChange(event.target.value)}
        sx={{
          font: 'inherit',
          typography: 'body2',
          px: 1.5,
          py: 0.75,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
          color: 'text.primary',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 0 },
          '&::placeholder': { color: 'text.secondary', opacity: 1 },
        }}
      />
    </Box>
  );
}
