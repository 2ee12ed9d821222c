import { Suspense } from 'react';
import { preloadableLazy } from '@/components/preloadable-lazy';
import type { ExportButtonProps } from '@/features/traces/export/export-button';

const ExportButton = preloadableLazy(() => import('@/features/traces/export/export-button').then((module) => module.ExportButton));

/** The page header's export button is on the first screen: loaded with the screen, not after it. */
export const preloadExportButton = ExportButton.preload;

export function ExportSlot(props: ExportButtonProps) {
  return (
    <Suspense fallback={null}>
      <ExportButton.Component {...props} />
    </Suspense>
  );
}
