import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  /** Usually one button that gets the user out of the empty state (create, clear filters). */
  action?: ReactNode;
}

/** What a list shows when it has nothing to show, and what to do about it. */
export function EmptyState({ icon, title, description, action }: EmptyStateProps) {
  return (
    <Box
      role="status"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        textAlign: 'center',
        gap: 1,
        py: 6,
        px: 2,
        color: 'text.secondary',
      }}
    >
      {icon ? (
        <Box aria-hidden sx={{ fontSize: 40, display: 'flex', '& svg': { fontSize: 'inherit' } }}>
          {icon}
        </Box>
      ) : null}
      <Typography variant="h3" component="p" sx={{ color: 'text.primary' }}>
        {title}
      </Typography>
      {description ? (
        <Typography variant="body2" component="div" sx={{ maxWidth: 520 }}>
          {description}
        </Typography>
      ) : null}
      {action ? <Box sx={{ mt: 1 }}>{action}</Box> : null}
    </Box>
  );
}
