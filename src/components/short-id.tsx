import Box from '@mui/material/Box';
import { visuallyHidden } from '@mui/utils';
import { CopyButton } from '@/components/copy-button';

/** IDs up to this length are shown whole. */
const WHOLE = 20;

/** "6f1c2a9e…41b7": the start and end that tell IDs apart. */
export function shortenId(value: string): string {
  return value.length <= WHOLE ? value : `${value.slice(0, 10)}…${value.slice(-6)}`;
}

interface ShortIdProps {
  value: string;
  /** Names the ID for the copy button: "Copy <label>". */
  label: string;
}

/**
 * A long ID on one line: shortened in the middle, the whole value on hover and for screen readers,
 * and a button that copies it.
 */
export function ShortId({ value, label }: ShortIdProps) {
  const short = shortenId(value);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, whiteSpace: 'nowrap', maxWidth: '100%' }}>
      {short === value ? (
        <bdi title={value}>{value}</bdi>
      ) : (
        <>
          <Box component="bdi" aria-hidden="true" title={value} sx={{ fontFamily: 'monospace', fontSize: '0.95em' }}>
            {short}
          </Box>
          <Box component="span" sx={visuallyHidden}>
            {value}
          </Box>
        </>
      )}
      <CopyButton value={value} label={label} />
    </Box>
  );
}
