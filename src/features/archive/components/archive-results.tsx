import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CircularProgress from '@mui/material/CircularProgress';
import { useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { JsonView } from '@/components/json-view';
import { formatTime } from '@/components/time-format';
import { useT } from '@/i18n/use-t';

const COLUMNS = [
  ['time', 'archive.results.column.time'],
  ['trace_name', 'archive.results.column.traceName'],
  ['user_name', 'archive.results.column.user'],
  ['service_type', 'archive.results.column.service'],
  ['resource_name', 'archive.results.column.resource'],
  ['trace_rating', 'archive.results.column.rating'],
] as const;

/** Reads a trace whole from the file it was loaded from; null when it is no longer there. */
export type ReadTrace = (file: string, traceId: string) => Promise<Record<string, unknown> | null>;

/** The opened trace's fields, read from its file when the drawer opens. */
function TraceFields({ row, readTrace }: { row: Record<string, unknown>; readTrace: ReadTrace }) {
  const t = useT();
  const file = String(row.file);
  const traceId = String(row.trace_id);
  // Not CTS's API: the drawer's own read, dropped once it closes (another load may reuse a file's name).
  const trace = useQuery({ queryKey: ['archive', 'trace', file, traceId], queryFn: () => readTrace(file, traceId), staleTime: Infinity, gcTime: 0, retry: false });
  if (trace.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <CircularProgress size={16} aria-hidden />
        <Typography variant="body2">{t('archive.results.reading')}</Typography>
      </Box>
    );
  }
  if (trace.isError) {
    return <Typography role="alert" color="error">{t('archive.results.readFailed', { error: trace.error instanceof Error ? trace.error.message : String(trace.error) })}</Typography>;
  }
  if (trace.data === null) {
    return <Typography role="alert" color="warning.main">{t('archive.results.notInFile', { file })}</Typography>;
  }
  return <JsonView value={JSON.stringify(trace.data)} label={t('archive.results.fields')} defaultOpenDepth={2} />;
}

type Row = Record<string, unknown>;

/**
 * One trace's row. While files are read the table is queried again and again: a row already shown
 * (the same trace of the same file) is not drawn again.
 */
const ResultRow = memo(
  function ResultRow({ row, onOpen }: { row: Row; onOpen: (row: Row) => void }) {
    const t = useT();
    const time = formatTime(Number(row.time), 'local');
    return (
      <TableRow hover>
        {COLUMNS.map(([key]) => (
          // A long resource name (an ARN, a path) wraps anywhere rather than widening its column past the table's others.
          <TableCell key={key} sx={key === 'resource_name' ? { maxWidth: 360, overflowWrap: 'anywhere' } : undefined}>
            {key === 'time' ? (
              <Button size="small" onClick={() => onOpen(row)} sx={{ textTransform: 'none', p: 0, minWidth: 0, whiteSpace: 'nowrap' }} aria-label={t('archive.results.openTrace', { name: String(row.trace_name), time })}>
                {time}
              </Button>
            ) : (
              String(row[key] ?? '—')
            )}
          </TableCell>
        ))}
      </TableRow>
    );
  },
  (before, after) => before.onOpen === after.onOpen && before.row.trace_id === after.row.trace_id && before.row.file === after.row.file,
);

/**
 * The traces a query found, newest first, and the one opened in a drawer with every field.
 * `partial`: files are still read, and these are the matches among those read so far. Drawn
 * again only when they change (not with the progress of a read).
 */
export const ArchiveResults = memo(function ArchiveResults({ rows, partial = false, readTrace }: { rows: Row[]; partial?: boolean; readTrace: ReadTrace }) {
  const t = useT();
  const [open, setOpen] = useState<Row | null>(null);
  if (rows.length === 0) {
    return <Typography color="text.secondary">{t(partial ? 'archive.results.emptySoFar' : 'archive.results.empty')}</Typography>;
  }
  return (
    <>
      {partial ? (
        <Typography variant="body2" color="text.secondary">{t('archive.results.soFar')}</Typography>
      ) : null}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('archive.results.tableLabel')}>
          <TableHead>
            <TableRow>
              {COLUMNS.map(([key, label]) => (
                <TableCell key={key}>{t(label)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <ResultRow key={String(row.trace_id)} row={row} onOpen={setOpen} />
            ))}
          </TableBody>
        </Table>
      </Box>
      {/* Above the app bar (which sits over the navigation drawer), as the trace list's drawer is. */}
      <Drawer anchor="right" open={open !== null} onClose={() => setOpen(null)} sx={{ zIndex: 'modal' }} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 560 }, p: 2 }, role: 'dialog', 'aria-label': t('archive.results.drawerLabel') } }}>
        {open ? (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'center' }}>
              <Typography variant="h6" component="h2" sx={{ flex: 1 }}>{String(open.trace_name)}</Typography>
              <Button onClick={() => setOpen(null)}>{t('archive.results.close')}</Button>
            </Box>
            <Typography variant="body2" color="text.secondary">
              {t('archive.results.readFrom', { time: formatTime(Number(open.time), 'local'), user: String(open.user_name ?? '—'), file: String(open.file) })}
            </Typography>
            <TraceFields row={open} readTrace={readTrace} />
          </Box>
        ) : null}
      </Drawer>
    </>
  );
});
