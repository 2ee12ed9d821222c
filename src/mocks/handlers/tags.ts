import type { Tag, Tracker } from '@/api/contract/types';
import { TAG_RESOURCE_TYPES } from '@/api/contract/enums';
import { TAG_RULE_ERROR_CODE, tagCountIssue, tagIssue, tagsIssue, type TagInput } from '@/api/rules/tag-rules';
import type { Message } from '@/i18n/message-id';
import type { MockDb } from '@/mocks/db/mock-db';
import { http } from '@/mocks/handlers/http';
import { withCts } from '@/mocks/handlers/with-cts';
import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord, readJsonBody } from '@/mocks/handlers/request-body';

/**
 * The tracker a tag call names. Only `cts-tracker` is a taggable type (L3335, L3433); the tag
 * calls document 404 but no 400, so another type is a resource that does not exist, and the
 * only resources are trackers: 404 CTS.0214, as for an unknown tracker ID.
 */
function taggedTracker(db: MockDb, resourceType: string, resourceId: string): Tracker {
  const tracker = (TAG_RESOURCE_TYPES as readonly string[]).includes(resourceType)
    ? [...db.trackers.values()].find((candidate) => candidate.id === resourceId)
    : undefined;
  if (!tracker) {
    throw ctsError('CTS.0214');
  }
  return tracker;
}

/**
 * `{tags: [{key, value?}]}` (Tables 6-165, 6-173). The tag calls document no 400 (L3404–3410,
 * L3512–3518), yet a broken tag rule must be refused: 400 CTS.0003 (choice 6). An absent or empty
 * list asks for nothing and is refused the same way.
 */
function readTags(body: unknown): TagInput[] {
  const tags = isRecord(body) ? body.tags : undefined;
  const wellTyped =
    Array.isArray(tags) &&
    tags.length > 0 &&
    tags.every(
      (tag) =>
        isRecord(tag) &&
        (tag.key === undefined || typeof tag.key === 'string') &&
        (tag.value === undefined || typeof tag.value === 'string'),
    );
  if (!wellTyped) {
    throw ctsError(TAG_RULE_ERROR_CODE);
  }
  return (tags as Record<string, unknown>[]).map((tag) => ({
    key: (tag.key as string | undefined) ?? '',
    ...(typeof tag.value === 'string' ? { value: tag.value } : {}),
  }));
}

function refuse(issue: Message | null): void {
  if (issue !== null) {
    throw ctsError(TAG_RULE_ERROR_CODE);
  }
}

/**
 * 200 without a body (L3400, L3405). A key the tracker already has gets the new value; a tracker
 * holds at most 20 tags (choice 6). An absent value is stored as "".
 */
export function batchCreateResourceTagsHandler(db: MockDb) {
  return http.post(
    '/v3/{project_id}/{resource_type}/{resource_id}/tags/create',
    withCts(async ({ request, params, response }) => {
      const tracker = taggedTracker(db, params.resource_type, params.resource_id);
      const tags = readTags(await readJsonBody(request));
      refuse(tagsIssue(tags));
      const byKey = new Map((db.tags.get(tracker.id) ?? []).map((tag) => [tag.key, tag]));
      for (const tag of tags) {
        byKey.set(tag.key, { key: tag.key, value: tag.value ?? '' });
      }
      refuse(tagCountIssue(byKey.size));
      await db.change(() => db.tags.set(tracker.id, [...byKey.values()]));
      return response(200).empty();
    }),
  );
}

function isDeletedBy(tag: Tag, requested: readonly TagInput[]): boolean {
  return requested.some((wanted) => wanted.key === tag.key && (wanted.value === undefined || wanted.value === tag.value));
}

/**
 * DELETE with a JSON body (L3497–3503), 204 (L3513). A tag with `value` is deleted by key and
 * value, one without by key (L3446); a tag the tracker does not have is ignored.
 */
export function batchDeleteResourceTagsHandler(db: MockDb) {
  return http.delete(
    '/v3/{project_id}/{resource_type}/{resource_id}/tags/delete',
    withCts(async ({ request, params, response }) => {
      const tracker = taggedTracker(db, params.resource_type, params.resource_id);
      const tags = readTags(await readJsonBody(request));
      for (const tag of tags) {
        refuse(tagIssue(tag));
      }
      const current = db.tags.get(tracker.id) ?? [];
      const kept = current.filter((tag) => !isDeletedBy(tag, tags));
      if (kept.length !== current.length) {
        await db.change(() => db.tags.set(tracker.id, kept));
      }
      return response(204).empty();
    }),
  );
}

/** Mock extension: CTS has no call that reads tags (spec-notes 1.6). */
export function listTrackerTagsHandler(db: MockDb) {
  return http.get(
    '/v3/{project_id}/cts-tracker/{resource_id}/tags',
    withCts(({ params, response }) => {
      const tracker = taggedTracker(db, 'cts-tracker', params.resource_id);
      return response(200).json({ tags: db.tags.get(tracker.id) ?? [] });
    }),
  );
}

export function tagHandlers(db: MockDb) {
  return [batchCreateResourceTagsHandler(db), batchDeleteResourceTagsHandler(db), listTrackerTagsHandler(db)];
}
