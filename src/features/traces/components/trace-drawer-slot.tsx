import { lazy, Suspense } from 'react';
import type { TraceDrawerProps } from '@/features/traces/drawer/trace-drawer';

const TraceDrawer = lazy(() => import('@/features/traces/drawer/trace-drawer').then((module) => ({ default: module.TraceDrawer })));

/** The detail drawer, downloaded when a trace is first opened. */
export function TraceDrawerSlot(props: TraceDrawerProps) {
  return (
    <Suspense fallback={null}>
      <TraceDrawer {...props} />
    </Suspense>
  );
}
