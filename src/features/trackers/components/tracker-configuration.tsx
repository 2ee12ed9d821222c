import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { Tracker } from '@/api/contract/types';
import { TimeText } from '@/components/time-text';
import { TrackerStatusChip } from '@/features/trackers/components/tracker-status-chip';
import { TRACKER_TYPE_LABELS, knownMessage, retentionLabel } from '@/features/trackers/tracker-config';
import { compressionText, encryptionText, ltsText, transferBucketText, yesNo } from '@/features/trackers/tracker-text';
import type { MessageId, Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

function rows(t: Translate, tracker: Tracker): [MessageId, ReactNode][] {
  const obs = tracker.obs_info ?? {};
  const transfers = Boolean(obs.bucket_name);
  const none = t('trackers.text.none');
  const common: [MessageId, ReactNode][] = [
    ['trackers.config.type', knownMessage(t, TRACKER_TYPE_LABELS, tracker.tracker_type)],
    ['trackers.config.status', <TrackerStatusChip key="status" tracker={tracker} />],
    ['trackers.config.trackerId', tracker.id],
    ['trackers.config.created', <TimeText key="created" value={tracker.create_time} />],
    ['trackers.config.transferBucket', transferBucketText(t, tracker)],
    ['trackers.config.bucketCreatedByCts', transfers ? yesNo(t, obs.is_obs_created) : '—'],
    ['trackers.config.ctsAuthorized', transfers ? yesNo(t, obs.is_authorized_bucket) : '—'],
    ['trackers.config.filePrefix', transfers ? obs.file_prefix_name || t('trackers.text.noPrefix') : '—'],
    ['trackers.config.compression', compressionText(t, tracker)],
    ['trackers.config.sortByService', transfers ? yesNo(t, obs.is_sort_by_service) : '—'],
    ['trackers.config.lts', ltsText(t, tracker)],
    ['trackers.config.ltsIds', tracker.group_id ? `${tracker.group_id} / ${tracker.stream_id ?? '—'}` : '—'],
    ['trackers.config.fileVerification', yesNo(t, tracker.is_support_validate)],
    ['trackers.config.agency', tracker.agency_name ?? none],
  ];
  if (tracker.tracker_type === 'data') {
    return [
      ...common,
      ['trackers.config.trackedBucket', tracker.data_bucket?.data_bucket_name ?? '—'],
      ['trackers.config.trackedOperations', tracker.data_bucket?.data_event.join(', ') || '—'],
      ['trackers.config.searchable', yesNo(t, tracker.data_bucket?.search_enabled)],
      ['trackers.config.retention', transfers && obs.bucket_lifecycle !== undefined ? retentionLabel(t, obs.bucket_lifecycle) : '—'],
    ];
  }
  return [
    ...common,
    ['trackers.config.encryption', encryptionText(t, tracker)],
    ['trackers.config.organization', yesNo(t, tracker.is_organization_tracker)],
    ['trackers.config.notTransferred', tracker.management_event_selector?.exclude_service?.length ? 'KMS createDatakey' : none],
  ];
}

export function TrackerConfiguration({ tracker }: { tracker: Tracker }) {
  const t = useT();
  return (
    <Table size="small" aria-label={t('trackers.config.label', { name: tracker.tracker_name })}>
      <TableBody>
        {rows(t, tracker).map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row" sx={{ width: 280, color: 'text.secondary' }}>
              {t(label)}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
