import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useState } from 'react';

interface CopyButtonProps {
  value: string;
  /** Names what is copied, e.g. "request ID"; the button is labelled "Copy <label>". */
  label: string;
}

/** A small icon button that copies a value to the clipboard and says so. */
export function CopyButton({ value, label }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) {
      return undefined;
    }
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): the value stays visible to select by hand.
    }
  };

  return (
    <Tooltip title={copied ? 'Copied' : `Copy ${label}`}>
      <IconButton size="small" aria-label={`Copy ${label}`} onClick={() => void copy()} color="inherit">
        {copied ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
      </IconButton>
    </Tooltip>
  );
}
