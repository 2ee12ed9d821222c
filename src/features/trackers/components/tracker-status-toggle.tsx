import Switch from '@mui/material/Switch';
import type { Tracker, TrackerUpdateStatus } from '@/api/contract/types';

interface TrackerStatusToggleProps {
  tracker: Tracker;
  pending: boolean;
  onChange: (tracker: Tracker, status: TrackerUpdateStatus) => void;
}

/** Enables or disables a tracker from its row; a tracker in error is off until enabled again. */
export function TrackerStatusToggle({ tracker, pending, onChange }: TrackerStatusToggleProps) {
  return (
    <Switch
      checked={tracker.status === 'enabled'}
      disabled={pending}
      onChange={(_, checked) => onChange(tracker, checked ? 'enabled' : 'disabled')}
      slotProps={{ input: { 'aria-label': `Enable tracker ${tracker.tracker_name}` } }}
    />
  );
}
