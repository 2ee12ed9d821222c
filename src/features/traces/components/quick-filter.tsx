import Box from '@mui/material/Box';
import { useId } from 'react';

/**
 * A case-insensitive search of the loaded rows. A native input keeps MUI's text field off the
 * first screen; the label says it searches loaded results only (CTS itself matches exactly).
 */
export function QuickFilter({ value, loaded, onChange }: { value: string; loaded: number; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25, width: '100%', maxWidth: 420 }}>
      <Box component="label" htmlFor={id} sx={{ typography: 'caption', color: 'text.secondary' }}>
        Quick filter (searches the {loaded} loaded traces only)
      </Box>
      <Box
        component="input"
        id={id}
        type="search"
        value={value}
        placeholder="Any visible field"
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
