import { lazy, Suspense } from 'react';
import type { ExportButtonProps } from '@/features/traces/export/export-button';

const ExportButton = lazy(() => import('@/features/traces/export/export-button').then((module) => ({ default: module.ExportButton })));

export function ExportSlot(props: ExportButtonProps) {
  return (
    <Suspense fallback={null}>
      <ExportButton {...props} />
    </Suspense>
  );
}
