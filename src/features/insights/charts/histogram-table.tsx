import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableContainer from '@mui/material/TableContainer';
import { countFormat, formatClock, formatInstant } from '@/features/insights/charts/chart-format';
import type { HistogramBin } from '@/features/insights/scan/scan-analysis';

/** The histogram's data as a table: the chart's accessible alternative. */
export function HistogramTable({ bins }: { bins: HistogramBin[] }) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label="Traces over time, as a table" sx={{ maxHeight: 320 }}>
      <Table size="small" stickyHeader aria-label="Traces over time">
        <TableHead>
          <TableRow>
            <TableCell>Time</TableCell>
            <TableCell align="right">Traces</TableCell>
            <TableCell align="right">Normal</TableCell>
            <TableCell align="right">Warning</TableCell>
            <TableCell align="right">Incident</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {bins.map((bin) => (
            <TableRow key={bin.from}>
              <TableCell>{`${formatInstant(bin.from)} – ${formatClock(bin.to)}`}</TableCell>
              <TableCell align="right">{countFormat.format(bin.normal + bin.warning + bin.incident)}</TableCell>
              <TableCell align="right">{bin.normal}</TableCell>
              <TableCell align="right">{bin.warning}</TableCell>
              <TableCell align="right">{bin.incident}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
