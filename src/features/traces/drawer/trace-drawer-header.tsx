import CloseIcon from '@mui/icons-material/Close';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { CopyButton } from '@/components/copy-button';
import { ShortId } from '@/components/short-id';

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
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, p: 2, pb: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography id={titleId} component="h2" variant="h6" sx={{ overflowWrap: 'anywhere' }}>
          <bdi>{trace ? trace.trace_name : status}</bdi>
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, color: 'text.secondary' }}>
          <Typography variant="body2" component="p" sx={{ minWidth: 0 }}>
            Trace ID: <ShortId value={traceId} label="trace ID" />
          </Typography>
          {trace ? (
            <>
              <Typography variant="body2" component="span" sx={{ ml: 1.5 }}>
                Whole trace
              </Typography>
              <CopyButton value={JSON.stringify(trace, null, 2)} label="trace as JSON" />
              <Typography variant="body2" component="span" sx={{ ml: 1.5 }}>
                Link
              </Typography>
              <CopyButton value={() => window.location.href} label="link to this trace" />
            </>
          ) : null}
        </Box>
      </Box>
      <IconButton aria-label="Previous trace (k)" title="Previous trace (k)" onClick={onPrevious} disabled={!onPrevious}>
        <KeyboardArrowUpIcon />
      </IconButton>
      <IconButton aria-label="Next trace (j)" title="Next trace (j)" onClick={onNext} disabled={!onNext}>
        <KeyboardArrowDownIcon />
      </IconButton>
      <IconButton aria-label="Close trace details" title="Close (Esc)" onClick={onClose}>
        <CloseIcon />
      </IconButton>
    </Box>
  );
}
