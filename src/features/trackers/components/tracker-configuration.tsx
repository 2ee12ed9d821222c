import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { knownLabel } from '@/components/known-label';
import type { Tracker } from '@/api/contract/types';
import { TimeText } from '@/components/time-text';
import { TrackerStatusChip } from '@/features/trackers/components/tracker-status-chip';
import { TRACKER_TYPE_LABELS, retentionLabel } from '@/features/trackers/tracker-config';
import { compressionText, encryptionText, ltsText, transferBucketText, yesNo } from '@/features/trackers/tracker-text';

function rows(tracker: Tracker): [string, ReactNode][] {
  const obs = tracker.obs_info ?? {};
  const transfers = Boolean(obs.bucket_name);
  const common: [string, ReactNode][] = [
    ['Type', knownLabel(TRACKER_TYPE_LABELS, tracker.tracker_type)],
    ['Status', <TrackerStatusChip key="status" tracker={tracker} />],
    ['Tracker ID', tracker.id],
    ['Created', <TimeText key="created" value={tracker.create_time} />],
    ['Transfer bucket', transferBucketText(tracker)],
    ['Bucket created by CTS', transfers ? yesNo(obs.is_obs_created) : '—'],
    ['CTS authorized on the bucket', transfers ? yesNo(obs.is_authorized_bucket) : '—'],
    ['File prefix', transfers ? obs.file_prefix_name || 'No prefix' : '—'],
    ['Compression', compressionText(tracker)],
    ['Sort path by service', transfers ? yesNo(obs.is_sort_by_service) : '—'],
    ['LTS trace analysis (group / topic)', ltsText(tracker)],
    ['LTS group and stream IDs', tracker.group_id ? `${tracker.group_id} / ${tracker.stream_id ?? '—'}` : '—'],
    ['Trace file verification', yesNo(tracker.is_support_validate)],
    ['Agency', tracker.agency_name ?? 'None'],
  ];
  if (tracker.tracker_type === 'data') {
    return [
      ...common,
      ['Tracked bucket', tracker.data_bucket?.data_bucket_name ?? '—'],
      ['Tracked operations', tracker.data_bucket?.data_event.join(', ') || '—'],
      ['Tracked bucket logs searchable', yesNo(tracker.data_bucket?.search_enabled)],
      ['Retention', transfers && obs.bucket_lifecycle !== undefined ? retentionLabel(obs.bucket_lifecycle) : '—'],
    ];
  }
  return [
    ...common,
    ['Trace file encryption', encryptionText(tracker)],
    ['Organization tracker', yesNo(tracker.is_organization_tracker)],
    ['Traces not transferred', tracker.management_event_selector?.exclude_service?.length ? 'KMS createDatakey' : 'None'],
  ];
}

export function TrackerConfiguration({ tracker }: { tracker: Tracker }) {
  return (
    <Table size="small" aria-label={`Configuration of ${tracker.tracker_name}`}>
      <TableBody>
        {rows(tracker).map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row" sx={{ width: 280, color: 'text.secondary' }}>
              {label}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
