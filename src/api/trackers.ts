import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { cts, domainId, projectId } from '@/api/client';
import type {
  CheckBucketRequest,
  CreateTrackerRequestBody,
  DeletableTrackerType,
  Tag,
  Tracker,
  TrackerQuery,
  TrackerUpdateStatus,
  UpdateTrackerRequestBody,
} from '@/api/contract/types';
import { normaliseFilters } from '@/api/query-keys';

/** The listTrackers query (L2322). */
export type TrackerFilters = TrackerQuery;

export async function listTrackers(filters: TrackerFilters = {}, signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{project_id}/trackers', {
    params: { path: { project_id: projectId() }, query: normaliseFilters(filters) },
    signal,
  });
  return data?.trackers ?? [];
}

export async function listQuotas(signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{project_id}/quotas', { params: { path: { project_id: projectId() } }, signal });
  return data?.resources ?? [];
}

/** Mock extension (no CTS call reads tags); a live endpoint answers 404. */
export async function listTrackerTags(trackerId: string, signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{project_id}/cts-tracker/{resource_id}/tags', {
    params: { path: { project_id: projectId(), resource_id: trackerId } },
    signal,
  });
  return data?.tags ?? [];
}

export async function createTracker(body: CreateTrackerRequestBody) {
  const { data } = await cts.POST('/v3/{project_id}/tracker', { params: { path: { project_id: projectId() } }, body });
  return data;
}

/** CTS answers 200 with no body (L2286): callers refetch. */
export async function updateTracker(body: UpdateTrackerRequestBody) {
  await cts.PUT('/v3/{project_id}/tracker', { params: { path: { project_id: projectId() } }, body });
}

/**
 * Deletes one data tracker. The name is required here on purpose: without `tracker_name` CTS
 * deletes every data tracker (L2552–2555).
 */
export async function deleteTracker(trackerName: string, trackerType: DeletableTrackerType = 'data') {
  if (!trackerName) {
    throw new Error('A tracker name is required to delete a tracker.');
  }
  await cts.DELETE('/v3/{project_id}/trackers', {
    params: { path: { project_id: projectId() }, query: { tracker_name: trackerName, tracker_type: trackerType } },
  });
}

/** What happened to one tracker of a multiple delete. */
export type TrackerDeleteOutcome = { trackerName: string; ok: true } | { trackerName: string; ok: false; error: unknown };

/**
 * Deletes several data trackers with one DELETE each (the API takes one `tracker_name` per call,
 * and none would delete them all), and reports each tracker's outcome rather than the first failure.
 */
export async function deleteTrackers(trackerNames: readonly string[]): Promise<TrackerDeleteOutcome[]> {
  const settled = await Promise.allSettled(trackerNames.map((trackerName) => deleteTracker(trackerName)));
  return settled.map((result, index) => {
    const trackerName = trackerNames[index] ?? '';
    return result.status === 'fulfilled' ? { trackerName, ok: true } : { trackerName, ok: false, error: result.reason };
  });
}

/**
 * The PUT that enables or disables a tracker. A data tracker must name its bucket and events
 * whenever its status is set (L1914, L1917, L2187–2188), or CTS answers CTS.0210/CTS.0219.
 */
export function statusUpdateBody(tracker: Tracker, status: TrackerUpdateStatus): UpdateTrackerRequestBody {
  const body: UpdateTrackerRequestBody = { tracker_type: tracker.tracker_type, tracker_name: tracker.tracker_name, status };
  if (tracker.tracker_type === 'data' && tracker.data_bucket) {
    body.data_bucket = {
      data_bucket_name: tracker.data_bucket.data_bucket_name,
      data_event: [...tracker.data_bucket.data_event],
    };
  }
  return body;
}

export async function createTrackerTags(trackerId: string, tags: Tag[]) {
  await cts.POST('/v3/{project_id}/{resource_type}/{resource_id}/tags/create', {
    params: { path: { project_id: projectId(), resource_type: 'cts-tracker', resource_id: trackerId } },
    body: { tags },
  });
}

export async function deleteTrackerTags(trackerId: string, tags: Tag[]) {
  await cts.DELETE('/v3/{project_id}/{resource_type}/{resource_id}/tags/delete', {
    params: { path: { project_id: projectId(), resource_type: 'cts-tracker', resource_id: trackerId } },
    body: { tags },
  });
}

export async function checkBuckets(buckets: CheckBucketRequest[]) {
  const { data } = await cts.POST('/v3/{domain_id}/checkbucket', {
    params: { path: { domain_id: domainId() } },
    body: { buckets },
  });
  return data?.buckets ?? [];
}

export const trackerQueries = {
  all: () => ['trackers'] as const,
  lists: () => [...trackerQueries.all(), 'list'] as const,
  list: (filters: TrackerFilters = {}) =>
    queryOptions({
      queryKey: [...trackerQueries.lists(), normaliseFilters(filters)] as const,
      queryFn: ({ signal }) => listTrackers(filters, signal),
    }),
  quotas: () =>
    queryOptions({
      queryKey: [...trackerQueries.all(), 'quotas'] as const,
      queryFn: ({ signal }) => listQuotas(signal),
    }),
  tags: (trackerId: string) =>
    queryOptions({
      queryKey: [...trackerQueries.all(), 'tags', trackerId] as const,
      queryFn: ({ signal }) => listTrackerTags(trackerId, signal),
    }),
};

/** Tracker writes change lists and quotas; tag writes change only that tracker's tags. */
export const trackerMutations = {
  create: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: createTracker,
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.all() }),
    }),
  update: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: updateTracker,
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.lists() }),
    }),
  remove: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: (trackerName: string) => deleteTracker(trackerName),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.all() }),
    }),
  removeMany: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: (trackerNames: readonly string[]) => deleteTrackers(trackerNames),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.all() }),
    }),
  /**
   * Enable/disable, shown at once in every cached list: CTS answers 200 without a body (L2286), so
   * the lists are put back if it refuses and refetched either way.
   */
  setStatus: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...trackerQueries.all(), 'set-status'] as const,
      mutationFn: ({ tracker, status }: { tracker: Tracker; status: TrackerUpdateStatus }) =>
        updateTracker(statusUpdateBody(tracker, status)),
      onMutate: async ({ tracker, status }) => {
        await queryClient.cancelQueries({ queryKey: trackerQueries.lists() });
        const previous = queryClient.getQueriesData<Tracker[]>({ queryKey: trackerQueries.lists() });
        queryClient.setQueriesData<Tracker[]>({ queryKey: trackerQueries.lists() }, (trackers) =>
          trackers?.map((candidate) => {
            if (candidate.id !== tracker.id) {
              return candidate;
            }
            const { detail: _detail, ...rest } = candidate;
            return { ...rest, status };
          }),
        );
        return { previous };
      },
      onError: (_error, _variables, context) => {
        for (const [queryKey, trackers] of context?.previous ?? []) {
          queryClient.setQueryData(queryKey, trackers);
        }
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.lists() }),
    }),
  checkBuckets: () => mutationOptions({ mutationFn: checkBuckets }),
  createTags: (queryClient: QueryClient, trackerId: string) =>
    mutationOptions({
      mutationFn: (tags: Tag[]) => createTrackerTags(trackerId, tags),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.tags(trackerId).queryKey }),
    }),
  /** Tags of a tracker just created: its ID comes with the create's answer, not before. */
  createTagsOfNew: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: ({ trackerId, tags }: { trackerId: string; tags: Tag[] }) => createTrackerTags(trackerId, tags),
      onSettled: (_data, _error, { trackerId }) => queryClient.invalidateQueries({ queryKey: trackerQueries.tags(trackerId).queryKey }),
    }),
  deleteTags: (queryClient: QueryClient, trackerId: string) =>
    mutationOptions({
      mutationFn: (tags: Tag[]) => deleteTrackerTags(trackerId, tags),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trackerQueries.tags(trackerId).queryKey }),
    }),
};
