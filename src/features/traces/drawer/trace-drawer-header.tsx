import CloseIcon from '@mui/icons-material/Close';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { CopyButton } from '@/components/copy-button';
import { ShortId } from '@/components/short-id';
import { useT } from '@/i18n/use-t';

interface TraceDrawerHeaderProps {
  titleId: string;
  traceId: string;
  trace: Trace | null;
  /** Shown as the title while there is no trace to name it. */
  status: string;
  onClose: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
}

export function TraceDrawerHeader({ titleId, traceId, trace, status, onClose, onPrevious, onNext }: TraceDrawerHeaderProps) {
  const t = useT();
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, p: 2, pb: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography id={titleId} component="h2" variant="h6" sx={{ overflowWrap: 'anywhere' }}>
          <bdi>{trace ? trace.trace_name : status}</bdi>
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, color: 'text.secondary' }}>
          <Typography variant="body2" component="p" sx={{ minWidth: 0 }}>
            {t('traces.drawer.traceId')} <ShortId value={traceId} label={t('traces.drawer.traceIdName')} />
          </Typography>
          {trace ? (
            <>
              <Typography variant="body2" component="span" sx={{ ml: 1.5 }}>
                {t('traces.drawer.wholeTrace')}
              </Typography>
              <CopyButton value={JSON.stringify(trace, null, 2)} label={t('traces.drawer.traceAsJson')} />
              <Typography variant="body2" component="span" sx={{ ml: 1.5 }}>
                {t('traces.drawer.link')}
              </Typography>
              <CopyButton value={() => window.location.href} label={t('traces.drawer.linkToTrace')} />
            </>
          ) : null}
        </Box>
      </Box>
      <IconButton aria-label={t('traces.drawer.previous')} title={t('traces.drawer.previous')} onClick={onPrevious} disabled={!onPrevious}>
        <KeyboardArrowUpIcon />
      </IconButton>
      <IconButton aria-label={t('traces.drawer.next')} title={t('traces.drawer.next')} onClick={onNext} disabled={!onNext}>
        <KeyboardArrowDownIcon />
      </IconButton>
      <IconButton aria-label={t('traces.drawer.close')} title={t('traces.drawer.closeTitle')} onClick={onClose}>
        <CloseIcon />
      </IconButton>
    </Box>
  );
}
