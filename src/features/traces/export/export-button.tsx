import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { Suspense, lazy, useState } from 'react';
import type { TraceFilters } from '@/api/traces';

// The dialog, the CSV writer and the paging loop load on the first click, off the first screen.
const ExportDialog = lazy(() => import('@/features/traces/export/export-dialog').then((module) => ({ default: module.ExportDialog })));

export interface ExportButtonProps {
  /** The current API query, with absolute from/to and no paging. */
  filters: TraceFilters;
  disabled?: boolean;
}

export function ExportButton({ filters, disabled }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<FileDownloadOutlined />} onClick={() => setOpen(true)} disabled={disabled}>
        Export
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog filters={filters} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
