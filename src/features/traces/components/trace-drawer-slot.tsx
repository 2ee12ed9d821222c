import { lazy, Suspense } from 'react';
import type { TraceDrawerProps } from '@/features/traces/drawer/trace-drawer';
import { withCatalogAreas } from '@/i18n/i18n';

const TraceDrawer = lazy(
  withCatalogAreas(() => import('@/features/traces/drawer/trace-drawer').then((module) => ({ default: module.TraceDrawer })), 'trace-panels'),
);

/** The detail drawer, downloaded when a trace is first opened. */
export function TraceDrawerSlot(props: TraceDrawerProps) {
  return (
    <Suspense fallback={null}>
      <TraceDrawer {...props} />
    </Suspense>
  );
}
