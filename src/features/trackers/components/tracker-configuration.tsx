import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { Tracker } from '@/api/contract/types';
import { TimeText } from '@/components/time-text';
import { TrackerStatusChip } from '@/features/trackers/components/tracker-status-chip';
import { TRACKER_TYPE_LABELS } from '@/features/trackers/tracker-config';

const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'Yes' : 'No');

function rows(tracker: Tracker): [string, ReactNode][] {
  const obs = tracker.obs_info;
  const common: [string, ReactNode][] = [
    ['Type', TRACKER_TYPE_LABELS[tracker.tracker_type]],
    ['Status', <TrackerStatusChip key="status" tracker={tracker} />],
    ['Tracker ID', tracker.id],
    ['Created', <TimeText key="created" value={tracker.create_time} />],
    ['Transfer bucket', obs.bucket_name || 'Not transferred to OBS'],
    ['File prefix', obs.file_prefix_name || '—'],
    ['Compression', obs.compress_type ?? '—'],
    ['Sort path by service', yesNo(obs.is_sort_by_service)],
    ['CTS authorized on the bucket', yesNo(obs.is_authorized_bucket)],
    ['LTS trace analysis', tracker.lts.is_lts_enabled ? `${tracker.lts.log_group_name} / ${tracker.lts.log_topic_name}` : 'Off'],
    ['Trace file verification', yesNo(tracker.is_support_validate)],
  ];
  if (tracker.tracker_type === 'data') {
    return [
      ...common,
      ['Tracked bucket', tracker.data_bucket?.data_bucket_name ?? '—'],
      ['Tracked operations', tracker.data_bucket?.data_event?.join(', ') || '—'],
      ['Retention (days)', obs.bucket_lifecycle ? String(obs.bucket_lifecycle) : '—'],
    ];
  }
  return [
    ...common,
    ['Trace file encryption', yesNo(tracker.is_support_trace_files_encryption)],
    ['KMS key ID', tracker.kms_id || '—'],
    ['Organization tracker', yesNo(tracker.is_organization_tracker)],
    ['Excluded traces', tracker.management_event_selector?.exclude_service?.join(', ') || 'None'],
    ['Agency', tracker.agency_name ?? '—'],
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
