import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { Suspense, lazy, useState } from 'react';
import type { Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import { withCatalogAreas } from '@/i18n/i18n';
import { useT } from '@/i18n/use-t';

// The dialog, the CSV writer and the paging loop load on the first click, off the first screen.
const ExportDialog = lazy(
  withCatalogAreas(() => import('@/features/traces/export/export-dialog').then((module) => ({ default: module.ExportDialog })), 'trace-panels'),
);

export interface ExportButtonProps {
  /** The current API query, with absolute from/to and no paging. */
  filters: TraceFilters;
  disabled?: boolean;
  /** The quick filter's text and the loaded rows it shows, when it is on. */
  quickFilter?: { text: string; traces: readonly Trace[] };
}

export function ExportButton({ filters, disabled, quickFilter }: ExportButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<FileDownloadOutlined />} onClick={() => setOpen(true)} disabled={disabled}>
        {t('traces.toolbar.export')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog filters={filters} quickFilter={quickFilter?.text ? quickFilter : undefined} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
