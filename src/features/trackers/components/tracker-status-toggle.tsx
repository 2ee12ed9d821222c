import Switch from '@mui/material/Switch';
import type { Tracker, TrackerUpdateStatus } from '@/api/contract/types';
import { useT } from '@/i18n/use-t';

interface TrackerStatusToggleProps {
  tracker: Tracker;
  pending: boolean;
  onChange: (tracker: Tracker, status: TrackerUpdateStatus) => void;
}

/** Enables or disables a tracker from its row; a tracker in error is off until enabled again. */
export function TrackerStatusToggle({ tracker, pending, onChange }: TrackerStatusToggleProps) {
  const t = useT();
  return (
    <Switch
      checked={tracker.status === 'enabled'}
      disabled={pending}
      onChange={(_, checked) => onChange(tracker, checked ? 'enabled' : 'disabled')}
      slotProps={{ input: { 'aria-label': t('trackers.statusToggle.label', { name: tracker.tracker_name }) } }}
    />
  );
}
