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
import { useMessage, useT } from '@/i18n/use-t';

interface ExportDialogProps {
  filters: TraceFilters;
  /** The quick filter on the list, and the loaded rows it shows. */
  quickFilter?: { text: string; traces: readonly Trace[] };
  onClose: () => void;
}

/** Loaded on demand by the Export button: choose format and cap, watch the progress, cancel at will. */
export function ExportDialog({ filters, quickFilter, onClose }: ExportDialogProps) {
  const t = useT();
  const message = useMessage();
  const titleId = useId();
  const formatLabelId = useId();
  const scopeLabelId = useId();
  const [scope, setScope] = useState<'shown' | 'matching'>(quickFilter ? 'shown' : 'matching');
  const shown = quickFilter && scope === 'shown' ? quickFilter.traces : undefined;
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [capText, setCapText] = useState(String(DEFAULT_EXPORT_CAP));
  const capCheck = checkExportCap(capText);
  const capError = capCheck ? message(capCheck) : null;
  const { state, start, cancel, reset } = useTraceExport(filters);
  const running = state.step === 'running';

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('traces.export.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" component="p" sx={{ mb: 1 }}>
          {t('traces.export.intro')}
        </Typography>
        <Typography component="ul" variant="body2" aria-label={t('traces.export.filters')} sx={{ overflowWrap: 'anywhere', mb: 2, mt: 0, pl: 2.5 }}>
          {filterSummary(filters, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Typography>
        {state.step === 'running' ? (
          <ExportProgress loaded={state.loaded} cap={state.cap} />
        ) : state.step === 'done' || state.step === 'cancelled' ? (
          <ExportResult state={state} />
        ) : state.step === 'failed' ? (
          <ErrorPanel {...describeError(state.error)} title={t('traces.export.failed')} onRetry={reset} />
        ) : (
          <>
            {quickFilter ? (
              <>
                <FormLabel id={scopeLabelId}>{t('traces.export.scope')}</FormLabel>
                <RadioGroup aria-labelledby={scopeLabelId} value={scope} onChange={(event) => setScope(event.target.value as typeof scope)} sx={{ mb: 2 }}>
                  <FormControlLabel
                    value="shown"
                    control={<Radio />}
                    label={t('traces.export.scopeShown', { count: quickFilter.traces.length, text: quickFilter.text })}
                  />
                  <FormControlLabel value="matching" control={<Radio />} label={t('traces.export.scopeMatching')} />
                </RadioGroup>
              </>
            ) : null}
            <FormLabel id={formatLabelId}>{t('traces.export.format')}</FormLabel>
            <RadioGroup row aria-labelledby={formatLabelId} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} sx={{ mb: 2 }}>
              <FormControlLabel value="csv" control={<Radio />} label={'CSV'} />
              <FormControlLabel value="json" control={<Radio />} label={'JSON'} />
            </RadioGroup>
            {shown ? null : (
              <TextField
                label={t('traces.export.cap')}
                type="number"
                value={capText}
                onChange={(event) => setCapText(event.target.value)}
                error={capError !== null}
                helperText={capError ?? t('traces.export.capHint', { max: MAX_EXPORT_CAP })}
                slotProps={{ htmlInput: { min: 1, max: MAX_EXPORT_CAP, step: 1 } }}
                fullWidth
              />
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={cancel}>{t('traces.export.cancelExport')}</Button>
        ) : state.step === 'idle' ? (
          <>
            <Button onClick={onClose}>{t('traces.action.cancel')}</Button>
            <Button variant="contained" disabled={shown === undefined && capError !== null} onClick={() => void start(format, Number(capText), shown)}>
              {t('traces.export.start', { format: format.toUpperCase() })}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={reset}>{t('traces.export.again')}</Button>
            <Button variant="contained" onClick={onClose}>
              {t('traces.action.close')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
