import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router';
import type { ReactNode } from 'react';
import type { Tracker, TrackerUpdateStatus } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { SelectColumnHeader } from '@/components/select-column-header';
import { ShortId } from '@/components/short-id';
import { TimeText } from '@/components/time-text';
import { TrackerStatusChip } from '@/features/trackers/components/tracker-status-chip';
import { TrackerStatusToggle } from '@/features/trackers/components/tracker-status-toggle';
import { TRACKER_TYPE_LABELS, knownMessage, trackerPath } from '@/features/trackers/tracker-config';
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
import type { MessageId, Translate } from '@/i18n/message-id';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

/** The KMS key's UUID on one line: shortened, whole on hover, copyable. */
function encryptionCell(t: Translate, tracker: Tracker): ReactNode {
  if (tracker.tracker_type === 'system' && tracker.is_support_trace_files_encryption && tracker.kms_id) {
    return (
      <RichText
        id="trackers.table.kmsKey"
        components={{ 0: <ShortId value={tracker.kms_id} label={t('trackers.table.kmsKeyIdOf', { name: tracker.tracker_name })} /> }}
      />
    );
  }
  return encryptionText(t, tracker);
}

const COLUMNS: [MessageId, (t: Translate, tracker: Tracker) => ReactNode][] = [
  ['trackers.table.trackedBucket', trackedBucketText],
  ['trackers.table.operations', trackedOperationsText],
  ['trackers.table.transferBucket', transferBucketText],
  ['trackers.table.prefixRetention', prefixAndRetentionText],
  ['trackers.table.compression', compressionText],
  ['trackers.table.lts', ltsText],
  ['trackers.table.encryption', encryptionCell],
  ['trackers.table.fileVerification', (t, tracker) => yesNo(t, tracker.is_support_validate)],
  ['trackers.table.organization', organizationText],
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
  const t = useT();
  return (
    <ScrollableTable label={t('trackers.table.region')}>
      <Table size="small" aria-label={t('trackers.table.label')}>
        <TableHead>
          <TableRow>
            <SelectColumnHeader />
            <TableCell>{t('trackers.table.name')}</TableCell>
            <TableCell>{t('trackers.table.type')}</TableCell>
            <TableCell>{t('trackers.table.status')}</TableCell>
            <TableCell>{t('trackers.table.enabled')}</TableCell>
            {COLUMNS.map(([label]) => (
              <TableCell key={label}>{t(label)}</TableCell>
            ))}
            <TableCell>{t('trackers.table.created')}</TableCell>
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
                          ? t('trackers.table.select', { name: tracker.tracker_name })
                          : t('trackers.table.notSelectable', { name: tracker.tracker_name }),
                      },
                    }}
                  />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={trackerPath(tracker.tracker_name)}>
                    {tracker.tracker_name}
                  </Link>
                </TableCell>
                <TableCell>{knownMessage(t, TRACKER_TYPE_LABELS, tracker.tracker_type)}</TableCell>
                <TableCell>
                  <TrackerStatusChip tracker={tracker} />
                </TableCell>
                <TableCell>
                  <TrackerStatusToggle tracker={tracker} pending={isStatusPending(tracker)} onChange={onStatusChange} />
                </TableCell>
                {COLUMNS.map(([label, text]) => (
                  <TableCell key={label} sx={{ overflowWrap: 'anywhere', minWidth: 96 }}>
                    {text(t, tracker)}
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
