import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** A polite, non-modal message above the list (malformed link, newer traces, trace ID lookup). */
export function ListNotice({ children, action, tone = 'info' }: { children: ReactNode; action?: ReactNode; tone?: 'info' | 'warning' }) {
  return (
    <Box
      role="status"
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        gap: 1,
        px: 2,
        py: 1,
        mb: 1,
        borderRadius: 1,
        border: 1,
        borderColor: tone === 'warning' ? 'warning.main' : 'info.main',
        typography: 'body2',
      }}
    >
      <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</Box>
      {action}
    </Box>
  );
}
