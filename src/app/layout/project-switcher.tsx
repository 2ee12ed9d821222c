import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import IconButton from '@mui/material/IconButton';
import { Suspense, lazy, useId, useState } from 'react';
import { useConnection } from '@/app/hooks/use-connection';
import { useT } from '@/i18n/use-t';

// The menu signs in again through IAM (zod, the IAM calls): downloaded when first opened.
const ProjectMenu = lazy(() => import('@/app/layout/project-menu'));

/**
 * Switch region and project in two clicks, for a console signed in through IAM: the token is
 * exchanged for one scoped to the chosen project, and the current screen stays.
 */
export function ProjectSwitcher() {
  const t = useT();
  const connection = useConnection();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (connection.mode !== 'live' || !connection.iamEndpoint || !connection.token) {
    return null;
  }
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t('app.project.switch')}
        title={t('app.project.switch')}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <SwapHorizIcon />
      </IconButton>
      {anchor ? (
        <Suspense fallback={null}>
          <ProjectMenu id={menuId} anchor={anchor} connection={connection} onClose={() => setAnchor(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
