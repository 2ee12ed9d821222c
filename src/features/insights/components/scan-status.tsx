import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { type ScopeLanguage, describeScope } from '@/features/insights/scan/scan-scope';
import type { ScanState } from '@/features/insights/scan/use-insights-scan';
import { useLocale, useT } from '@/i18n/use-t';

interface ScanStatusProps {
  state: ScanState;
  onCancel: () => void;
  onRefresh: () => void;
}

/** The line stating what the scan is reading, or what it read, in the language of `language.t`. */
export function scanLine(state: ScanState, language: ScopeLanguage): string {
  const { t } = language;
  const scope = state.insights ? describeScope(state.insights.scope, undefined, language) : null;
  if (state.status === 'scanning') {
    return t('insights.scan.reading', { read: state.read, bound: state.bound });
  }
  if (state.status === 'cancelled') {
    return scope ? t('insights.scan.cancelledPrevious', { read: state.read, scope }) : t('insights.scan.cancelled', { read: state.read });
  }
  if (state.status === 'error') {
    const error = !state.error ? t('insights.scan.unknownError') : typeof state.error === 'string' ? state.error : t(state.error.id, state.error.values);
    return scope ? t('insights.scan.failedPrevious', { error, scope }) : t('insights.scan.failed', { error });
  }
  return scope ? t('insights.scan.done', { scope }) : '';
}

/** `scanLine` in the active language. */
export function useScanLine(): (state: ScanState) => string {
  const t = useT();
  const locale = useLocale();
  return useCallback((state: ScanState) => scanLine(state, { t, locale }), [t, locale]);
}

/** The scan's progress with Cancel, then the statement of what it read, with Refresh. */
export function ScanStatus({ state, onCancel, onRefresh }: ScanStatusProps) {
  const t = useT();
  const scanning = state.status === 'scanning';
  const line = useScanLine()(state);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 240 }}>
        {scanning ? (
          <LinearProgress variant="determinate" value={Math.min(100, (state.read / state.bound) * 100)} aria-label={t('insights.scan.progress')} sx={{ mb: 0.5 }} />
        ) : null}
        <Typography variant="body2" color={state.status === 'error' ? 'error' : 'text.secondary'} role="status" data-testid="scan-scope">
          {line}
        </Typography>
      </Box>
      {scanning ? (
        <Button size="small" onClick={onCancel}>{t('insights.scan.cancel')}</Button>
      ) : (
        <Button size="small" onClick={onRefresh}>{t('insights.scan.refresh')}</Button>
      )}
    </Box>
  );
}
