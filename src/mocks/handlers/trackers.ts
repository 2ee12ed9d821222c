import type { Tracker } from '@/api/contract/types';
import { TRACKER_RULE_ERROR_CODES, trackerTypeIssue } from '@/api/rules/tracker-rules';
import type { MockDb } from '@/mocks/db/mock-db';
import type { CtsOperation } from '@/mocks/db/trace-store';
import { http } from '@/mocks/handlers/http';
import { parseTrackerBody } from '@/mocks/handlers/tracker-body';
import { buildTracker, createRequestedBucket, mergeTracker, trackerResponse } from '@/mocks/handlers/tracker-mapping';
import {
  DATA_TRACKER_QUOTA,
  SYSTEM_TRACKER_QUOTA,
  checkCreateTracker,
  checkUpdateTracker,
} from '@/mocks/handlers/tracker-validation';
import { withCts } from '@/mocks/handlers/with-cts';
import { ctsError } from '@/mocks/handlers/cts-error';
import { readJsonBody } from '@/mocks/handlers/request-body';

type TrackerOperation = Omit<CtsOperation, 'resource_type' | 'resource_id' | 'resource_name'>;

/** Every accepted change is a CTS management trace on the tracker, then persisted. */
function recordTrackerChange(db: MockDb, tracker: Tracker, operation: TrackerOperation): void {
  db.traces.recordCtsOperation(
    { ...operation, resource_type: 'tracker', resource_id: tracker.id, resource_name: tracker.tracker_name },
    db.now(),
  );
}

export function createTrackerHandler(db: MockDb) {
  return http.post(
    '/v3/{project_id}/tracker',
    withCts(async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      const checked = checkCreateTracker(db, parseTrackerBody(body));
      const created = await db.change(() => {
        createRequestedBucket(db, checked.body, undefined);
        const tracker = buildTracker(db, checked, params.project_id);
        db.trackers.set(tracker.tracker_name, tracker);
        const answer = trackerResponse(tracker);
        recordTrackerChange(db, tracker, { trace_name: 'createTracker', request: body, response: answer, code: 201 });
        return answer;
      });
      return response(201).json(created);
    }),
  );
}

/** 200 without a body (L2286, L2291). */
export function updateTrackerHandler(db: MockDb) {
  return http.put(
    '/v3/{project_id}/tracker',
    withCts(async ({ request, response }) => {
      const body = await readJsonBody(request);
      const checked = checkUpdateTracker(db, parseTrackerBody(body));
      await db.change(() => {
        createRequestedBucket(db, checked.body, checked.stored);
        const tracker = mergeTracker(db, checked.stored, checked.body);
        db.trackers.set(tracker.tracker_name, tracker);
        recordTrackerChange(db, tracker, { trace_name: 'updateTracker', request: body, code: 200 });
      });
      return response(200).empty();
    }),
  );
}

/** The management tracker first, then data trackers oldest first. */
function byListOrder(a: Tracker, b: Tracker): number {
  if (a.tracker_type !== b.tracker_type) {
    return a.tracker_type === 'system' ? -1 : 1;
  }
  return a.create_time - b.create_time;
}

/** No 404 in this API's status table (L2516–2524): an unknown name is an empty list. */
export function listTrackersHandler(db: MockDb) {
  return http.get(
    '/v3/{project_id}/trackers',
    withCts(({ request, response }) => {
      const search = new URL(request.url).searchParams;
      const name = search.get('tracker_name');
      const type = search.get('tracker_type');
      if (type !== null && trackerTypeIssue(type) !== null) {
        throw ctsError(TRACKER_RULE_ERROR_CODES.trackerType);
      }
      const trackers = [...db.trackers.values()]
        .filter((tracker) => (name === null || tracker.tracker_name === name) && (type === null || tracker.tracker_type === type))
        .sort(byListOrder)
        .map((tracker) => trackerResponse(tracker));
      return response(200).json({ trackers });
    }),
  );
}

/** Without a name every data tracker (L2552); the management tracker is never one of them (L2534). */
function trackersToDelete(db: MockDb, name: string | null): Tracker[] {
  if (name === null) {
    return [...db.trackers.values()].filter((tracker) => tracker.tracker_type === 'data');
  }
  const tracker = db.trackers.get(name);
  return tracker?.tracker_type === 'data' ? [tracker] : [];
}

/**
 * Only data trackers can be deleted (L2534): `tracker_type` other than data is CTS.0202 and the
 * management tracker's name is an unknown data tracker, 404 CTS.0214 (choice 25). An empty
 * `tracker_name=` names no tracker (404) rather than deleting them all.
 */
export function deleteTrackerHandler(db: MockDb) {
  return http.delete(
    '/v3/{project_id}/trackers',
    withCts(async ({ request, response }) => {
      const search = new URL(request.url).searchParams;
      const name = search.get('tracker_name');
      const type = search.get('tracker_type');
      if (type !== null && type !== 'data') {
        throw ctsError('CTS.0202');
      }
      const doomed = trackersToDelete(db, name);
      if (name !== null && doomed.length === 0) {
        throw ctsError('CTS.0214');
      }
      if (doomed.length > 0) {
        await db.change(() => {
          for (const tracker of doomed) {
            db.trackers.delete(tracker.tracker_name);
            db.tags.delete(tracker.id);
            recordTrackerChange(db, tracker, { trace_name: 'deleteTracker', request: Object.fromEntries(search), code: 204 });
          }
        });
      }
      return response(204).empty();
    }),
  );
}

/** Quotas counted from the store (L2738–2748, choice 35). */
export function listQuotasHandler(db: MockDb) {
  return http.get(
    '/v3/{project_id}/quotas',
    withCts(({ response }) => {
      const trackers = [...db.trackers.values()];
      const used = (type: Tracker['tracker_type']) => trackers.filter((tracker) => tracker.tracker_type === type).length;
      return response(200).json({
        resources: [
          { type: 'data_tracker', used: used('data'), quota: DATA_TRACKER_QUOTA },
          { type: 'system_tracker', used: used('system'), quota: SYSTEM_TRACKER_QUOTA },
        ],
      });
    }),
  );
}

export function trackerHandlers(db: MockDb) {
  return [
    createTrackerHandler(db),
    updateTrackerHandler(db),
    listTrackersHandler(db),
    deleteTrackerHandler(db),
    listQuotasHandler(db),
  ];
}
