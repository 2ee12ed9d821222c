import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { TimeText } from '@/components/time-text';
import { TraceRatingChip } from '@/features/traces/components/trace-rating-chip';

/** Long or hostile names stay on one line, cut with an ellipsis; the full text is in the title. */
const cell = { maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

export function TraceTable({ traces }: { traces: Trace[] }) {
  return (
    <ScrollableTable label="Traces table">
      <Table size="small" aria-label="Traces">
        <TableHead>
          <TableRow>
            <TableCell>Time</TableCell>
            <TableCell>Trace name</TableCell>
            <TableCell>Rating</TableCell>
            <TableCell>Trace source</TableCell>
            <TableCell>Service</TableCell>
            <TableCell>Resource type</TableCell>
            <TableCell>Resource name</TableCell>
            <TableCell>User</TableCell>
            <TableCell>Source IP</TableCell>
            <TableCell>Code</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {traces.map((trace) => (
            <TableRow key={trace.trace_id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <TimeText value={trace.time} />
              </TableCell>
              <TableCell>{trace.trace_name}</TableCell>
              <TableCell>
                <TraceRatingChip rating={trace.trace_rating} />
              </TableCell>
              <TableCell>{trace.trace_type}</TableCell>
              <TableCell>{trace.service_type}</TableCell>
              <TableCell>{trace.resource_type}</TableCell>
              <TableCell sx={cell} title={trace.resource_name}>
                <Typography variant="body2" component="span" dir="auto">
                  {trace.resource_name ?? '—'}
                </Typography>
              </TableCell>
              <TableCell sx={cell} title={trace.user?.name}>
                {trace.user?.name ?? '—'}
              </TableCell>
              <TableCell>{trace.source_ip ?? '—'}</TableCell>
              <TableCell>{trace.code === undefined || trace.code === null ? '—' : String(trace.code)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
