import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Connection } from '@/api/connection';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/i18n/use-t';

/** The IDs the embedded mock answers for, e.g. to compare with an SDK call against the mock server. */
export function MockAccountSummary({ connection }: { connection: Connection }) {
  const t = useT();
  const rows = [
    { label: t('settings.live.projectId.label'), value: connection.projectId },
    { label: t('settings.live.domainId.label'), value: connection.domainId },
    { label: t('settings.live.region.label'), value: connection.region },
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, alignItems: 'center' }}
    >
      {rows.map((row) => (
        <Box key={row.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
            {row.label}
          </Typography>
          <Box component="dd" sx={{ m: 0, display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
            {row.value ? (
              <>
                <Typography component="code" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {row.value}
                </Typography>
                <CopyButton value={row.value} label={row.label} />
              </>
            ) : (
              <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
                {t('settings.mockAccount.notStarted')}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
