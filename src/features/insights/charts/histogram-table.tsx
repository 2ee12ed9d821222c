import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableContainer from '@mui/material/TableContainer';
import { useChartFormat } from '@/features/insights/charts/chart-format';
import type { HistogramBin } from '@/features/insights/scan/scan-analysis';
import { useT } from '@/i18n/use-t';

/** The histogram's data as a table: the chart's accessible alternative. */
export function HistogramTable({ bins }: { bins: HistogramBin[] }) {
  const t = useT();
  const format = useChartFormat();
  return (
    <TableContainer tabIndex={0} role="region" aria-label={t('insights.chart.tableRegion')} sx={{ maxHeight: 320 }}>
      <Table size="small" stickyHeader aria-label={t('insights.chart.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('insights.chart.time')}</TableCell>
            <TableCell align="right">{t('insights.chart.traces')}</TableCell>
            <TableCell align="right">{t('insights.chart.normal')}</TableCell>
            <TableCell align="right">{t('insights.chart.warning')}</TableCell>
            <TableCell align="right">{t('insights.chart.incident')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {bins.map((bin) => (
            <TableRow key={bin.from}>
              <TableCell>{`${format.instant(bin.from)} – ${format.clock(bin.to)}`}</TableCell>
              <TableCell align="right">{format.count(bin.normal + bin.warning + bin.incident)}</TableCell>
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
