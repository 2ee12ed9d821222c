import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import { Suspense, lazy, useState } from 'react';
import { useT } from '@/i18n/use-t';

// The toast is downloaded with the first copy: error panels and IDs are on the first screen, and
// Snackbar brings its transitions and click-away listener (first screen budget: 200 kB gzip).
const Snackbar = lazy(() => import('@mui/material/Snackbar'));

interface CopyButtonProps {
  /** The text to copy; a function is read at the click (e.g. the page's address). */
  value: string | (() => string);
  /** Names what is copied, e.g. "request ID"; the button is labelled "Copy <label>". */
  label: string;
}

/**
 * A small icon button that copies a value to the clipboard and confirms it with a short toast
 * (announced) and its icon. A native `title` rather than MUI's Tooltip keeps Popper off the first screen.
 */
export function CopyButton({ value, label }: CopyButtonProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const name = t('common.copy.label', { label });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof value === 'function' ? value() : value);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): the value stays visible to select by hand.
    }
  };

  return (
    <>
      <IconButton size="small" aria-label={name} title={copied ? t('common.copy.done') : name} onClick={() => void copy()} color="inherit">
        {copied ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
      </IconButton>
      {copied ? (
        <Suspense fallback={null}>
          <Snackbar
            open
            autoHideDuration={2000}
            onClose={() => setCopied(false)}
            message={t('common.copy.toast', { Label: `${label.charAt(0).toUpperCase()}${label.slice(1)}` })}
            anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
