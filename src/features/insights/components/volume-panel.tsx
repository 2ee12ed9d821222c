import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { HistogramTable } from '@/features/insights/charts/histogram-table';
import { VolumeHistogram } from '@/features/insights/charts/volume-histogram';
import type { HistogramBin } from '@/features/insights/scan/scan-analysis';
import { useT } from '@/i18n/use-t';

/** The histogram with its data table, one button away. */
export function VolumePanel({ bins, onSelect }: { bins: HistogramBin[]; onSelect: (from: number, to: number) => void }) {
  const t = useT();
  const [asTable, setAsTable] = useState(false);
  return (
    <Box>
      {asTable ? <HistogramTable bins={bins} /> : <VolumeHistogram bins={bins} onSelect={onSelect} />}
      <Button size="small" onClick={() => setAsTable((table) => !table)} aria-pressed={asTable}>
        {t(asTable ? 'insights.panel.showChart' : 'insights.panel.showTable')}
      </Button>
    </Box>
  );
}
