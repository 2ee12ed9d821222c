import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router';
import type { ReactNode } from 'react';
import { knownLabel } from '@/components/known-label';
import type { Tracker, TrackerUpdateStatus } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { SelectColumnHeader } from '@/components/select-column-header';
import { ShortId } from '@/components/short-id';
import { TimeText } from '@/components/time-text';
import { TrackerStatusChip } from '@/features/trackers/components/tracker-status-chip';
import { TrackerStatusToggle } from '@/features/trackers/components/tracker-status-toggle';
import { TRACKER_TYPE_LABELS, trackerPath } from '@/features/trackers/tracker-config';
import {
  compressionText,
  encryptionText,
  ltsText,
  organizationText,
  prefixAndRetentionText,
  trackedBucketText,
  trackedOperationsText,
  transferBucketText,
  yesNo,
} from '@/features/trackers/tracker-text';

/** The KMS key's UUID on one line: shortened, whole on hover, copyable. */
function encryptionCell(tracker: Tracker): ReactNode {
  if (tracker.tracker_type === 'system' && tracker.is_support_trace_files_encryption && tracker.kms_id) {
    return (
      <>
        KMS key <ShortId value={tracker.kms_id} label={`KMS key ID of ${tracker.tracker_name}`} />
      </>
    );
  }
  return encryptionText(tracker);
}

const COLUMNS: [string, (tracker: Tracker) => ReactNode][] = [
  ['Tracked bucket', trackedBucketText],
  ['Operations', trackedOperationsText],
  ['Transfer bucket', transferBucketText],
  ['Prefix · retention', prefixAndRetentionText],
  ['Compression', compressionText],
  ['LTS analysis (group / topic)', ltsText],
  ['Encryption', encryptionCell],
  ['File verification', (tracker) => yesNo(tracker.is_support_validate)],
  ['Organization tracker', organizationText],
];

interface TrackerTableProps {
  trackers: Tracker[];
  selected: ReadonlySet<string>;
  onSelect: (trackerName: string, selected: boolean) => void;
  isStatusPending: (tracker: Tracker) => boolean;
  onStatusChange: (tracker: Tracker, status: TrackerUpdateStatus) => void;
}

/** The account's trackers, every setting in its own column; only data trackers can be selected for deletion. */
export function TrackerTable({ trackers, selected, onSelect, isStatusPending, onStatusChange }: TrackerTableProps) {
  return (
    <ScrollableTable label="Trackers table">
      <Table size="small" aria-label="Trackers">
        <TableHead>
          <TableRow>
            <SelectColumnHeader />
            <TableCell>Name</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Enabled</TableCell>
            {COLUMNS.map(([label]) => (
              <TableCell key={label}>{label}</TableCell>
            ))}
            <TableCell>Created</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {trackers.map((tracker) => {
            const isData = tracker.tracker_type === 'data';
            return (
              <TableRow key={tracker.tracker_name} hover selected={selected.has(tracker.tracker_name)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selected.has(tracker.tracker_name)}
                    disabled={!isData}
                    onChange={(_, checked) => onSelect(tracker.tracker_name, checked)}
                    slotProps={{
                      input: {
                        'aria-label': isData
                          ? `Select ${tracker.tracker_name}`
                          : `${tracker.tracker_name} cannot be selected: the management tracker cannot be deleted`,
                      },
                    }}
                  />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={trackerPath(tracker.tracker_name)}>
                    {tracker.tracker_name}
                  </Link>
                </TableCell>
                <TableCell>{knownLabel(TRACKER_TYPE_LABELS, tracker.tracker_type)}</TableCell>
                <TableCell>
                  <TrackerStatusChip tracker={tracker} />
                </TableCell>
                <TableCell>
                  <TrackerStatusToggle tracker={tracker} pending={isStatusPending(tracker)} onChange={onStatusChange} />
                </TableCell>
                {COLUMNS.map(([label, text]) => (
                  <TableCell key={label} sx={{ overflowWrap: 'anywhere', minWidth: 96 }}>
                    {text(tracker)}
                  </TableCell>
                ))}
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <TimeText value={tracker.create_time} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
