import Alert from '@mui/material/Alert';
import type { ExportState } from '@/features/traces/export/use-trace-export';

type Finished = Extract<ExportState, { step: 'done' | 'cancelled' }>;

/** What the export produced, said plainly: how many traces, and whether the cap cut it short. */
export function ExportResult({ state }: { state: Finished }) {
  if (state.step === 'cancelled') {
    return (
      <Alert severity="info" role="status">
        {`Export cancelled after ${state.loaded.toLocaleString('en')} traces; no file was saved.`}
      </Alert>
    );
  }
  const saved = `Saved ${state.file.name} with ${state.count.toLocaleString('en')} trace${state.count === 1 ? '' : 's'}.`;
  return state.truncated ? (
    <Alert severity="warning" role="status">
      {`${saved} The cap of ${state.cap.toLocaleString('en')} cut it short: more traces match the filters. The file says so.`}
    </Alert>
  ) : (
    <Alert severity="success" role="status">
      {`${saved} Every matching trace is in it.`}
    </Alert>
  );
}
