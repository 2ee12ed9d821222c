import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';

/** The skeleton of a list while its first page loads, announced once to screen readers. */
export function LoadingRows({ label, rows = 3, height = 32 }: { label: string; rows?: number; height?: number }) {
  return (
    <Stack spacing={1} sx={{ p: 2 }} role="status" aria-live="polite" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, row) => (
        <Skeleton key={row} variant="rounded" height={height} />
      ))}
    </Stack>
  );
}
