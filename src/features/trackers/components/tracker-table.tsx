import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Tracker } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { TimeText } from '@/components/time-text';
import { TrackerStatusChip } from '@/features/trackers/components/tracker-status-chip';
import { TRACKER_TYPE_LABELS } from '@/features/trackers/tracker-config';

function transferTarget(tracker: Tracker): string {
  const { bucket_name: bucket, file_prefix_name: prefix } = tracker.obs_info;
  if (!bucket) {
    return 'Not transferred to OBS';
  }
  return prefix ? `${bucket}/${prefix}` : bucket;
}

function trackedBucket(tracker: Tracker): string {
  if (!tracker.data_bucket) {
    return '—';
  }
  const events = tracker.data_bucket.data_event?.join(', ');
  return events ? `${tracker.data_bucket.data_bucket_name} (${events})` : tracker.data_bucket.data_bucket_name;
}

export function TrackerTable({ trackers }: { trackers: Tracker[] }) {
  return (
    <ScrollableTable label="Trackers table">
      <Table size="small" aria-label="Trackers">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Tracked bucket (operations)</TableCell>
            <TableCell>Transfer to OBS</TableCell>
            <TableCell>LTS analysis</TableCell>
            <TableCell>Created</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {trackers.map((tracker) => (
            <TableRow key={tracker.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={`/trackers/${encodeURIComponent(tracker.tracker_name)}`}>
                  {tracker.tracker_name}
                </Link>
              </TableCell>
              <TableCell>{TRACKER_TYPE_LABELS[tracker.tracker_type]}</TableCell>
              <TableCell>
                <TrackerStatusChip tracker={tracker} />
              </TableCell>
              <TableCell>{trackedBucket(tracker)}</TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {transferTarget(tracker)}
                </Typography>
              </TableCell>
              <TableCell>
                {tracker.lts.is_lts_enabled ? `${tracker.lts.log_group_name} / ${tracker.lts.log_topic_name}` : 'Off'}
              </TableCell>
              <TableCell>
                <TimeText value={tracker.create_time} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
