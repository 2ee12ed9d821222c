import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { CreateTrackerRequestBody, Tag } from '@/api/contract/types';
import { listTrackers, trackerMutations } from '@/api/trackers';
import { translate } from '@/i18n/i18n';

/** A tracker this form created, whose tags are still to be set. */
export interface CreatedTracker {
  name: string;
  id: string;
}

/** The tracker's ID when the create's answer did not carry one (a tolerant reader). */
async function idFromList(name: string): Promise<string> {
  const id = (await listTrackers({ tracker_name: name })).find((tracker) => tracker.tracker_name === name)?.id;
  if (!id) {
    // Read when it is thrown, outside any render: the active language's words.
    throw new Error(translate('trackers.tags.noTrackerId', { name }));
  }
  return id;
}

/**
 * Creating a tracker with tags is two calls: POST /tracker takes no tags (L1876), and tags are set
 * on the new tracker's ID (L3326). Once the tracker exists it is never created again: a failed tag
 * call leaves `created` set, and the next attempt only retries the tags.
 */
export function useTrackerCreation() {
  const queryClient = useQueryClient();
  const { mutateAsync: create } = useMutation(trackerMutations.create(queryClient));
  const { mutateAsync: tag } = useMutation(trackerMutations.createTagsOfNew(queryClient));
  const [created, setCreated] = useState<CreatedTracker | null>(null);

  /** Creates the tracker unless this form already did; its ID, from the answer or (if CTS left it out) the list. */
  const createOnce = useCallback(
    async (body: CreateTrackerRequestBody): Promise<CreatedTracker> => {
      if (created) {
        return created;
      }
      const answer = await create(body);
      const tracker = { name: body.tracker_name, id: answer?.id ?? '' };
      setCreated(tracker);
      return tracker;
    },
    [created, create],
  );

  const addTags = useCallback(
    async (tracker: CreatedTracker, tags: Tag[]) => {
      const trackerId = tracker.id || (await idFromList(tracker.name));
      await tag({ trackerId, tags });
    },
    [tag],
  );

  return { created, createOnce, addTags };
}
