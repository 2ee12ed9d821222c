import CloudOutlinedIcon from '@mui/icons-material/CloudOutlined';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Connection } from '@/api/connection';
import { useConnection } from '@/app/hooks/use-connection';
import { useT } from '@/i18n/use-t';
import type { Translate } from '@/i18n/message-id';

export function endpointHost(endpoint: string, t: Translate): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint || t('app.connection.noEndpoint');
  }
}

export function describeConnection(connection: Connection, t: Translate): string {
  return connection.mode === 'mock' ? t('app.connection.mock') : t('app.connection.live', { host: endpointHost(connection.endpoint, t) });
}

/**
 * Where the console's calls go, always in sight: mock or live (icon and words, not only colour),
 * the region and the project. It links to the connection settings.
 */
export function ConnectionIndicator() {
  const t = useT();
  const connection = useConnection();
  const Icon = connection.mode === 'mock' ? ScienceOutlinedIcon : CloudOutlinedIcon;
  const scope = [connection.region, connection.projectId ? t('app.connection.project', { projectId: connection.projectId }) : null].filter(Boolean).join(' · ');

  return (
    <ButtonBase
      component={RouterLink}
      to="/settings"
      title={t('app.connection.settings')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 1.25,
        py: 0.5,
        borderRadius: 1,
        border: '1px solid rgba(255, 255, 255, 0.35)',
        color: 'inherit',
        minWidth: 0,
        flexShrink: 1,
        overflow: 'hidden',
        '&:hover': { backgroundColor: 'rgba(255, 255, 255, 0.08)' },
      }}
    >
      <Icon fontSize="small" aria-hidden sx={{ flexShrink: 0 }} />
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0, overflow: 'hidden' }}>
        <Typography
          component="span"
          variant="body2"
          sx={{ fontWeight: 600, lineHeight: 1.2, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }}
        >
          {describeConnection(connection, t)}
        </Typography>
        {scope ? (
          <Typography
            component="span"
            variant="caption"
            sx={{
              lineHeight: 1.2,
              color: 'rgba(255, 255, 255, 0.82)',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              maxWidth: { xs: 140, sm: 280 },
              display: { xs: 'none', sm: 'block' },
            }}
          >
            {scope}
          </Typography>
        ) : null}
      </Box>
    </ButtonBase>
  );
}
