import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on narrow screens: the scroll region is focusable and named,
 * so keyboard users can scroll it too (axe `scrollable-region-focusable`).
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label={label} sx={{ '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}>
      {children}
    </TableContainer>
  );
}
