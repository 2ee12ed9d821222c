import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Page-level buttons (create, refresh), shown at the right on wide screens. */
  actions?: ReactNode;
  /** Above the title, e.g. breadcrumbs back to a list. */
  breadcrumbs?: ReactNode;
}

/** The page's single h1, what the page is for, and its main actions. */
export function PageHeader({ title, description, actions, breadcrumbs }: PageHeaderProps) {
  return (
    <Box sx={{ mb: 2 }}>
      {breadcrumbs ? <Box sx={{ mb: 1 }}>{breadcrumbs}</Box> : null}
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-start',
          justifyContent: 'space-between',
          gap: 2,
        }}
      >
        <Box sx={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography variant="h1" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {description ? (
            <Typography variant="body2" component="div" sx={{ mt: 0.5, color: 'text.secondary', maxWidth: 880 }}>
              {description}
            </Typography>
          ) : null}
        </Box>
        {actions ? <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>{actions}</Box> : null}
      </Box>
    </Box>
  );
}
