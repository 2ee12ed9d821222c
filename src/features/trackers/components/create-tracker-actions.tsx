import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { TrackerType } from '@/api/contract/types';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { trackerPath } from '@/features/trackers/tracker-config';
import type { Message } from '@/i18n/message-id';
import { useMessage, useT } from '@/i18n/use-t';

const CREATE_LABELS = { system: 'trackers.create.system', data: 'trackers.create.data' } as const;

function CreateButton({ type, reason }: { type: TrackerType; reason: Message | undefined }) {
  const t = useT();
  const message = useMessage();
  const reasonId = useId();
  const label = t(CREATE_LABELS[type]);
  return (
    <Box sx={{ maxWidth: 360 }}>
      {reason ? (
        <Button variant="outlined" startIcon={<AddIcon />} disabled aria-describedby={reasonId}>
          {label}
        </Button>
      ) : (
        <Button variant={type === 'data' ? 'contained' : 'outlined'} startIcon={<AddIcon />} component={RouterLink} to={`/trackers/new?type=${type}`}>
          {label}
        </Button>
      )}
      {reason ? (
        <Typography id={reasonId} variant="body2" sx={{ mt: 0.5, color: 'text.secondary' }}>
          {message(reason)}{' '}
          {type === 'system' ? (
            <Link component={RouterLink} to={`${trackerPath(MANAGEMENT_TRACKER_NAME)}/edit`}>
              {t('trackers.create.configureManagement')}
            </Link>
          ) : null}
        </Typography>
      ) : null}
    </Box>
  );
}

/** One create action per type; a type whose quota is full is disabled with the reason. */
export function CreateTrackerActions({ unavailable }: { unavailable: Partial<Record<TrackerType, Message>> }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <CreateButton type="data" reason={unavailable.data} />
      <CreateButton type="system" reason={unavailable.system} />
    </Box>
  );
}
