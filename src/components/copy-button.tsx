import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { visuallyHidden } from '@mui/utils';
import { useEffect, useState } from 'react';

interface CopyButtonProps {
  value: string;
  /** Names what is copied, e.g. "request ID"; the button is labelled "Copy <label>". */
  label: string;
}

/**
 * A small icon button that copies a value to the clipboard and says so (icon, label and a polite
 * announcement). A native `title` rather than MUI's Tooltip keeps Popper off the first screen.
 */
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
    <>
      <IconButton size="small" aria-label={`Copy ${label}`} title={copied ? 'Copied' : `Copy ${label}`} onClick={() => void copy()} color="inherit">
        {copied ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
      </IconButton>
      <Box component="span" role="status" sx={visuallyHidden}>
        {copied ? `${label} copied` : ''}
      </Box>
    </>
  );
}
