import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Tracker, TrackerUpdateStatus } from '@/api/contract/types';
import { trackerMutations } from '@/api/trackers';

export interface StatusFailure {
  trackerName: string;
  status: TrackerUpdateStatus;
  error: unknown;
}

/**
 * Enable/disable with the change shown at once (the mutation updates the cached lists and puts
 * them back on failure); the refusals are kept so the page can say which tracker kept its status.
 */
export function useTrackerStatus() {
  const queryClient = useQueryClient();
  const options = trackerMutations.setStatus(queryClient);
  const mutation = useMutation(options);
  const [failures, setFailures] = useState<StatusFailure[]>([]);
  const pendingIds = useMutationState({
    filters: { mutationKey: options.mutationKey, status: 'pending' },
    select: (pending) => (pending.state.variables as { tracker: Tracker } | undefined)?.tracker.id,
  });

  const setStatus = (tracker: Tracker, status: TrackerUpdateStatus) => {
    setFailures((current) => current.filter((failure) => failure.trackerName !== tracker.tracker_name));
    mutation.mutate(
      { tracker, status },
      {
        onError: (error) =>
          setFailures((current) => [...current, { trackerName: tracker.tracker_name, status, error }]),
      },
    );
  };

  return {
    setStatus,
    isPending: (tracker: Tracker) => pendingIds.includes(tracker.id),
    failures,
    dismiss: (trackerName: string) => setFailures((current) => current.filter((failure) => failure.trackerName !== trackerName)),
  };
}
