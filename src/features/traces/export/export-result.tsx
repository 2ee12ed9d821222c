import Alert from '@mui/material/Alert';
import type { ExportState } from '@/features/traces/export/use-trace-export';
import { useT } from '@/i18n/use-t';

type Finished = Extract<ExportState, { step: 'done' | 'cancelled' }>;

/** What the export produced, said plainly: how many traces, and whether the cap cut it short. */
export function ExportResult({ state }: { state: Finished }) {
  const t = useT();
  if (state.step === 'cancelled') {
    return (
      <Alert severity="info" role="status">
        {t('traces.export.cancelled', { count: state.loaded })}
      </Alert>
    );
  }
  const saved = t('traces.export.saved', { name: state.file.name, count: state.count });
  return state.truncated ? (
    <Alert severity="warning" role="status">
      {t('traces.export.truncated', { saved, cap: state.cap })}
    </Alert>
  ) : (
    <Alert severity="success" role="status">
      {t('traces.export.complete', { saved })}
    </Alert>
  );
}
