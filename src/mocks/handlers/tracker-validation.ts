import type { ErrorCode } from '@/api/contract/error-codes';
import type { Tracker, TrackerType } from '@/api/contract/types';
import type { Message } from '@/i18n/message-id';
import { TRACKER_RULE_ERROR_CODES as CODES, agencyNameIssue, bucketLifecycleIssue, bucketNameIssue, compressTypeIssue, dataEventValuesIssue, dataEventsPresentIssue, dataEventsUniqueIssue, dataTrackerNameNotSystemIssue, excludeServicesIssue, filePrefixIssue, kmsIdFormatIssue, kmsIdPresentIssue, managementTrackerNameIssue, trackedBucketPresentIssue, trackerNameFormatIssue, trackerStatusIssue, trackerTypeIssue } from '@/api/rules/tracker-rules';
import { AGENCY_NAME } from '@/api/contract/enums';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import type { MockDb } from '@/mocks/db/mock-db';
import { isUsableKmsKey } from '@/mocks/handlers/kms-keys';
import type { TrackerBody } from '@/mocks/handlers/tracker-body';
import { ctsError } from '@/mocks/handlers/cts-error';

/** One management tracker and 100 data trackers per account (L114, L2742–2746). */
export const DATA_TRACKER_QUOTA = 100;
export const SYSTEM_TRACKER_QUOTA = 1;

/** A request that passed every rule: its type and name are known, and for a PUT the stored tracker. */
export interface CheckedTrackerRequest {
  type: TrackerType;
  name: string;
  body: TrackerBody;
  stored?: Tracker;
}

/** A broken rule (a rule's issue, or the mock's own finding) answers its code with the table's message. */
function rule(code: ErrorCode, issue: Message | string | null): void {
  if (issue !== null) {
    throw ctsError(code);
  }
}

function dataTrackers(db: MockDb): Tracker[] {
  return [...db.trackers.values()].filter((tracker) => tracker.tracker_type === 'data');
}

/** Type (CTS.0202), then the enum values that have no code of their own (CTS.0003, spec-notes 1.2). */
function checkTypeAndEnums(body: TrackerBody): TrackerType {
  rule(CODES.trackerType, trackerTypeIssue(body.tracker_type));
  const type = body.tracker_type as TrackerType;
  const { obs_info: obsInfo } = body;
  rule(CODES.compressType, obsInfo?.compress_type === undefined ? null : compressTypeIssue(obsInfo.compress_type));
  rule(CODES.agencyName, body.agency_name === undefined ? null : agencyNameIssue(body.agency_name));
  // bucket_lifecycle is valid for data trackers only and ignored for the management tracker (choice 21);
  // the event selector is the reverse (L1876, L1895).
  if (type === 'data' && obsInfo?.bucket_lifecycle !== undefined) {
    rule(CODES.bucketLifecycle, bucketLifecycleIssue(obsInfo.bucket_lifecycle));
  }
  const excluded = body.management_event_selector?.exclude_service;
  if (type === 'system' && excluded !== undefined) {
    rule(CODES.excludeService, excludeServicesIssue(excluded));
  }
  return type;
}

/** CTS.0204, CTS.0207, CTS.0203; a management tracker's name defaults to system (choice 23). */
function checkName(type: TrackerType, name: string | undefined): string {
  if (type === 'system') {
    const managementName = name ?? MANAGEMENT_TRACKER_NAME;
    rule(CODES.managementTrackerName, managementTrackerNameIssue(managementName));
    return managementName;
  }
  rule(CODES.dataTrackerNameSystem, dataTrackerNameNotSystemIssue(name ?? ''));
  rule(CODES.trackerNameFormat, trackerNameFormatIssue(name ?? ''));
  return name ?? '';
}

/** CTS.0210, CTS.0219, CTS.0225 (and CTS.0003 for a repeated event). */
function checkDataBucketFields(body: TrackerBody, required: boolean): void {
  const bucketName = body.data_bucket?.data_bucket_name;
  if (required || bucketName !== undefined) {
    rule(CODES.trackedBucketMissing, trackedBucketPresentIssue(bucketName));
  }
  const events = body.data_bucket?.data_event;
  if (required || events !== undefined) {
    rule(CODES.dataEventsMissing, dataEventsPresentIssue(events));
  }
  if (events !== undefined) {
    rule(CODES.dataEventValue, dataEventValuesIssue(events));
    rule(CODES.dataEventDuplicate, dataEventsUniqueIssue(events));
  }
}

/**
 * CTS.0231 and CTS.0218. An empty transfer bucket name means "no transfer" (the list example
 * returns `bucket_name: ""`, L2466) and, on a PUT, clears it (choice 26); creating a bucket needs a
 * name, so `is_obs_created: true` without one is an invalid bucket name.
 */
function checkBucketFormats(body: TrackerBody, stored: Tracker | undefined): void {
  const transferBucket = body.obs_info?.bucket_name ?? stored?.obs_info?.bucket_name ?? '';
  if (body.obs_info?.is_obs_created === true) {
    rule(CODES.bucketName, bucketNameIssue(transferBucket));
  } else if (body.obs_info?.bucket_name) {
    rule(CODES.bucketName, bucketNameIssue(body.obs_info.bucket_name));
  }
  const trackedBucket = body.data_bucket?.data_bucket_name;
  if (trackedBucket !== undefined) {
    rule(CODES.bucketName, bucketNameIssue(trackedBucket));
  }
  const prefix = body.obs_info?.file_prefix_name;
  rule(CODES.filePrefix, prefix === undefined ? null : filePrefixIssue(prefix));
}

/**
 * CTS.0221 and CTS.0222, management tracker only: encryption fields of a data tracker are ignored
 * (choice 22). On a PUT the stored values fill what the body leaves out (choice 26). A key that is
 * sent must be an enabled key of the simulated account even when encryption is off, since the
 * tracker keeps and shows it.
 */
function checkEncryption(body: TrackerBody, stored: Tracker | undefined): void {
  const encrypted = body.is_support_trace_files_encryption ?? stored?.is_support_trace_files_encryption ?? false;
  const kmsId = body.kms_id ?? stored?.kms_id;
  rule(CODES.kmsIdMissing, kmsIdPresentIssue(encrypted, kmsId));
  if (body.kms_id) {
    rule(CODES.kmsIdFormat, kmsIdFormatIssue(body.kms_id));
    rule('CTS.0222', isUsableKmsKey(body.kms_id) ? null : 'unknown key');
  }
}

/**
 * CTS.0213: the transfer bucket being written may not be a bucket any data tracker tracks, this
 * one included (spec-notes 1.2). Tracking a bucket that is another tracker's transfer bucket is
 * allowed: the message names the transfer bucket, and the check runs when it is set.
 */
function checkTransferNotTracked(db: MockDb, body: TrackerBody): void {
  const transferBucket = body.obs_info?.bucket_name;
  if (!transferBucket) {
    return;
  }
  const tracked = new Set(dataTrackers(db).map((tracker) => tracker.data_bucket?.data_bucket_name));
  tracked.add(body.data_bucket?.data_bucket_name);
  rule('CTS.0213', tracked.has(transferBucket) ? 'tracked' : null);
}

/** CTS.0209: another data tracker already records one of these operations on this bucket (L3593). */
function checkEventsFree(db: MockDb, name: string, bucket: string, events: readonly string[]): void {
  const taken = dataTrackers(db).some(
    (tracker) =>
      tracker.tracker_name !== name &&
      tracker.data_bucket?.data_bucket_name === bucket &&
      (tracker.data_bucket?.data_event ?? []).some((event) => events.includes(event)),
  );
  rule('CTS.0209', taken ? 'taken' : null);
}

/**
 * CTS.0215: `is_obs_created: true` names a bucket that exists (OBS names are global, section 4).
 * Sending back the bucket this tracker created itself is not a new creation.
 */
function checkNewBucket(db: MockDb, body: TrackerBody, stored: Tracker | undefined): void {
  if (body.obs_info?.is_obs_created !== true) {
    return;
  }
  const bucket = body.obs_info.bucket_name ?? stored?.obs_info?.bucket_name ?? '';
  const ownBucket = stored?.obs_info?.is_obs_created === true && stored.obs_info.bucket_name === bucket;
  rule('CTS.0215', db.buckets.has(bucket) && !ownBucket ? 'exists' : null);
}

/**
 * CTS.0228 and CTS.0229, management tracker only (L1881). The simulated account counts CTS as a
 * trusted service of the organization once the `cts_admin_trust` agency exists for the tracker
 * (L1890), so an organization tracker without that agency is "not trusted". An organization
 * tracker "already exists" when another stored tracker is one; with one management tracker per
 * account this needs a state the API itself cannot produce.
 */
function checkOrganization(db: MockDb, body: TrackerBody, stored: Tracker | undefined): void {
  if (body.is_organization_tracker !== true) {
    return;
  }
  const agency = body.agency_name ?? stored?.agency_name;
  rule('CTS.0228', agency === AGENCY_NAME ? null : 'not trusted');
  const other = [...db.trackers.values()].some(
    (tracker) => tracker.is_organization_tracker === true && tracker.id !== stored?.id,
  );
  rule('CTS.0229', other ? 'exists' : null);
}

/** POST /tracker, rules in the order of choice 37. */
export function checkCreateTracker(db: MockDb, body: TrackerBody): CheckedTrackerRequest {
  const type = checkTypeAndEnums(body);
  const name = checkName(type, body.tracker_name);
  if (type === 'system') {
    rule('CTS.0201', db.trackers.has(MANAGEMENT_TRACKER_NAME) ? 'exists' : null);
  } else {
    rule('CTS.0200', dataTrackers(db).length >= DATA_TRACKER_QUOTA ? 'full' : null);
  }
  rule('CTS.0206', type === 'system' && body.data_bucket !== undefined ? 'data_bucket' : null);
  rule('CTS.0208', type === 'data' && db.trackers.has(name) ? 'exists' : null);
  if (type === 'data') {
    checkDataBucketFields(body, true);
  }
  checkBucketFormats(body, undefined);
  if (type === 'system') {
    checkEncryption(body, undefined);
  }
  const trackedBucket = body.data_bucket?.data_bucket_name ?? '';
  rule('CTS.0211', type === 'data' && !db.buckets.has(trackedBucket) ? 'missing' : null);
  checkTransferNotTracked(db, body);
  if (type === 'data') {
    checkEventsFree(db, name, trackedBucket, body.data_bucket?.data_event ?? []);
  }
  checkNewBucket(db, body, undefined);
  if (type === 'system') {
    checkOrganization(db, body, undefined);
  }
  return { type, name, body };
}

/**
 * PUT /tracker, rules in the order of choice 37; the status (CTS.0205), which choice 37 does not
 * place, is checked right after the tracker is found. For a data tracker, setting the status
 * requires the bucket and events (L2187–2188).
 */
export function checkUpdateTracker(db: MockDb, body: TrackerBody): CheckedTrackerRequest & { stored: Tracker } {
  const type = checkTypeAndEnums(body);
  const name = checkName(type, body.tracker_name);
  const stored = db.trackers.get(name);
  if (stored?.tracker_type !== type) {
    throw ctsError('CTS.0214');
  }
  rule(CODES.trackerStatus, body.status === undefined ? null : trackerStatusIssue(body.status));
  rule('CTS.0206', type === 'system' && body.data_bucket !== undefined ? 'data_bucket' : null);
  if (type === 'data') {
    checkDataBucketFields(body, body.status !== undefined);
  }
  checkBucketFormats(body, stored);
  if (type === 'system') {
    checkEncryption(body, stored);
  }
  const trackedBucket = body.data_bucket?.data_bucket_name;
  if (type === 'data' && trackedBucket !== undefined) {
    rule('CTS.0211', db.buckets.has(trackedBucket) ? null : 'missing');
    rule('CTS.0212', trackedBucket === stored.data_bucket?.data_bucket_name ? null : 'changed');
  }
  checkTransferNotTracked(db, body);
  const events = body.data_bucket?.data_event;
  if (type === 'data' && events !== undefined) {
    checkEventsFree(db, name, stored.data_bucket?.data_bucket_name ?? '', events);
  }
  checkNewBucket(db, body, stored);
  if (type === 'system') {
    checkOrganization(db, body, stored);
  }
  return { type, name, body, stored };
}
