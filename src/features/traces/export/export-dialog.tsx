import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { describeError } from '@/api/errors';
import type { Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import { ErrorPanel } from '@/components/error-panel';
import { DEFAULT_EXPORT_CAP, MAX_EXPORT_CAP, checkExportCap } from '@/features/traces/export/export-config';
import type { ExportFormat } from '@/features/traces/export/export-file';
import { ExportProgress } from '@/features/traces/export/export-progress';
import { ExportResult } from '@/features/traces/export/export-result';
import { filterSummary } from '@/features/traces/export/filter-summary';
import { useTraceExport } from '@/features/traces/export/use-trace-export';

interface ExportDialogProps {
  filters: TraceFilters;
  /** The quick filter on the list, and the loaded rows it shows. */
  quickFilter?: { text: string; traces: readonly Trace[] };
  onClose: () => void;
}

/** Loaded on demand by the Export button: choose format and cap, watch the progress, cancel at will. */
export function ExportDialog({ filters, quickFilter, onClose }: ExportDialogProps) {
  const titleId = useId();
  const formatLabelId = useId();
  const scopeLabelId = useId();
  const [scope, setScope] = useState<'shown' | 'matching'>(quickFilter ? 'shown' : 'matching');
  const shown = quickFilter && scope === 'shown' ? quickFilter.traces : undefined;
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [capText, setCapText] = useState(String(DEFAULT_EXPORT_CAP));
  const capError = checkExportCap(capText);
  const { state, start, cancel, reset } = useTraceExport(filters);
  const running = state.step === 'running';

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Export traces</DialogTitle>
      <DialogContent>
        <Typography variant="body2" component="p" sx={{ mb: 1 }}>
          The traces matching the current filters, newest first, read from CTS page by page:
        </Typography>
        <Typography component="ul" variant="body2" aria-label="Export filters" sx={{ overflowWrap: 'anywhere', mb: 2, mt: 0, pl: 2.5 }}>
          {filterSummary(filters).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Typography>
        {state.step === 'running' ? (
          <ExportProgress loaded={state.loaded} cap={state.cap} />
        ) : state.step === 'done' || state.step === 'cancelled' ? (
          <ExportResult state={state} />
        ) : state.step === 'failed' ? (
          <ErrorPanel {...describeError(state.error)} title="The export failed" onRetry={reset} />
        ) : (
          <>
            {quickFilter ? (
              <>
                <FormLabel id={scopeLabelId}>Traces to export</FormLabel>
                <RadioGroup aria-labelledby={scopeLabelId} value={scope} onChange={(event) => setScope(event.target.value as typeof scope)} sx={{ mb: 2 }}>
                  <FormControlLabel
                    value="shown"
                    control={<Radio />}
                    label={`Only the ${quickFilter.traces.length} rows shown by the quick filter “${quickFilter.text}”`}
                  />
                  <FormControlLabel value="matching" control={<Radio />} label="Every trace matching the filters above (the quick filter is not applied)" />
                </RadioGroup>
              </>
            ) : null}
            <FormLabel id={formatLabelId}>Format</FormLabel>
            <RadioGroup row aria-labelledby={formatLabelId} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} sx={{ mb: 2 }}>
              <FormControlLabel value="csv" control={<Radio />} label="CSV" />
              <FormControlLabel value="json" control={<Radio />} label="JSON" />
            </RadioGroup>
            {shown ? null : (
              <TextField
                label="Maximum traces"
                type="number"
                value={capText}
                onChange={(event) => setCapText(event.target.value)}
                error={capError !== null}
                helperText={
                  capError ??
                  `The export stops at this many traces (up to ${MAX_EXPORT_CAP.toLocaleString('en')}); the file says whether the cap cut it short.`
                }
                slotProps={{ htmlInput: { min: 1, max: MAX_EXPORT_CAP, step: 1 } }}
                fullWidth
              />
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={cancel}>Cancel export</Button>
        ) : state.step === 'idle' ? (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="contained" disabled={shown === undefined && capError !== null} onClick={() => void start(format, Number(capText), shown)}>
              {`Export ${format.toUpperCase()}`}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={reset}>Export again</Button>
            <Button variant="contained" onClick={onClose}>
              Close
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
