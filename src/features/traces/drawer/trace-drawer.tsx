import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Trace } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { type TraceFilters, traceQueries } from '@/api/traces';
import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { TraceDetails } from '@/features/traces/drawer/trace-details';
import { TraceDrawerHeader } from '@/features/traces/drawer/trace-drawer-header';
import { traceNavigationKeyHandler } from '@/features/traces/drawer/trace-navigation-keys';
import { useT } from '@/i18n/use-t';

export interface TraceDrawerProps {
  traceId: string;
  /** The trace as the list loaded it; undefined when opened from a link, then it is read by ID. */
  trace: Trace | undefined;
  onClose: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  onShowRelated: (filters: Partial<TraceFilters>) => void;
  /** Set when the list behind the drawer is loaded and does not hold this trace: lists the traces around its time. */
  onShowAround?: (time: number) => void;
  timeZone: 'local' | 'UTC';
}

/**
 * A trace's details beside the list: every field, request and response, what changed, related
 * traces. Modal (focus stays inside; Escape closes and focus returns to the row); `j`/`k` move.
 */
export function TraceDrawer({ traceId, trace, onClose, onPrevious, onNext, onShowRelated, onShowAround, timeZone }: TraceDrawerProps) {
  const t = useT();
  const titleId = useId();
  // A trace ID alone is enough: CTS ignores every other criterion with it (L1611).
  const detail = useQuery({ ...traceQueries.detail(traceId), enabled: trace === undefined });
  const shown = trace ?? detail.data ?? null;

  const status = detail.isPending ? t('traces.drawer.loading') : detail.error ? t('traces.drawer.error') : t('traces.drawer.notFound');
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      onKeyDown={traceNavigationKeyHandler(onPrevious, onNext)}
      // Above the app bar, which sits over the navigation drawer.
      sx={{ zIndex: 'modal' }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: '90vw', md: 760, lg: 900 }, maxWidth: '100%' },
        },
      }}
    >
      <TraceDrawerHeader titleId={titleId} traceId={traceId} trace={shown} status={status} onClose={onClose} onPrevious={onPrevious} onNext={onNext} />
      <Box sx={{ p: 2, overflowY: 'auto', flex: 1 }}>
        {shown && onShowAround ? (
          <Alert
            severity="info"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" onClick={() => onShowAround(shown.time)}>
                {t('traces.drawer.showAround')}
              </Button>
            }
          >
            {t('traces.drawer.notInList')}
          </Alert>
        ) : null}
        {shown ? (
          <TraceDetails trace={shown} timeZone={timeZone} onShowRelated={onShowRelated} />
        ) : detail.isPending ? (
          <LoadingRows label={t('traces.drawer.loadingRows')} rows={8} height={22} />
        ) : detail.error ? (
          <ErrorPanel {...describeError(detail.error)} onRetry={() => void detail.refetch()} />
        ) : (
          <EmptyState
            icon={<SearchOffOutlined />}
            title={t('traces.drawer.noTrace.title')}
            description={t('traces.drawer.noTrace.description')}
          />
        )}
      </Box>
    </Drawer>
  );
}
