import type { MenuProps } from '@mui/material/Menu';
import { Suspense, lazy, useState } from 'react';

const Menu = lazy(() => import('@mui/material/Menu'));

/**
 * MUI's Menu, downloaded when first opened: Menu brings Popover, Modal and transitions, which the
 * first screen must not pay for (its JavaScript budget is 200 kB gzip). Same props as Menu.
 */
export function LazyMenu(props: MenuProps) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) {
    setWanted(true);
  }
  if (!wanted) {
    return null;
  }
  return (
    <Suspense fallback={null}>
      <Menu {...props} />
    </Suspense>
  );
}

/** MUI's MenuItem, downloaded with the menu: only ever rendered inside an open LazyMenu. */
export const LazyMenuItem = lazy(() => import('@mui/material/MenuItem'));
