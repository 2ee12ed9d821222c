import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { JsonView } from '@/components/json-view';
import { formatTime } from '@/components/time-format';

const COLUMNS = [
  ['time', 'Time'],
  ['trace_name', 'Trace name'],
  ['user_name', 'User'],
  ['service_type', 'Service'],
  ['resource_name', 'Resource'],
  ['trace_rating', 'Rating'],
] as const;

/** The traces a query found, newest first, and the one opened in a drawer with every field. */
export function ArchiveResults({ rows }: { rows: Record<string, unknown>[] }) {
  const [open, setOpen] = useState<Record<string, unknown> | null>(null);
  if (rows.length === 0) {
    return <Typography color="text.secondary">No archived trace matches.</Typography>;
  }
  return (
    <>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Archived traces">
          <TableHead>
            <TableRow>
              {COLUMNS.map(([key, label]) => (
                <TableCell key={key}>{label}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={String(row.trace_id)} hover>
                {COLUMNS.map(([key]) => (
                  <TableCell key={key}>
                    {key === 'time' ? (
                      <Button size="small" onClick={() => setOpen(row)} sx={{ textTransform: 'none', p: 0, minWidth: 0 }} aria-label={`Open trace ${String(row.trace_name)} of ${formatTime(Number(row.time), 'local')}`}>
                        {formatTime(Number(row.time), 'local')}
                      </Button>
                    ) : (
                      String(row[key] ?? '—')
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Drawer anchor="right" open={open !== null} onClose={() => setOpen(null)} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 560 }, p: 2 }, role: 'dialog', 'aria-label': 'Archived trace' } }}>
        {open ? (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'center' }}>
              <Typography variant="h6" component="h2" sx={{ flex: 1 }}>{String(open.trace_name)}</Typography>
              <Button onClick={() => setOpen(null)}>Close</Button>
            </Box>
            <Typography variant="body2" color="text.secondary">
              {formatTime(Number(open.time), 'local')} · {String(open.user_name ?? '—')} · read from {String(open.file)}
            </Typography>
            <JsonView value={String(open.raw)} label="Trace fields" defaultOpenDepth={2} />
          </Box>
        ) : null}
      </Drawer>
    </>
  );
}
