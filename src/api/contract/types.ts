// Friendly names for the generated contract (cts.d.ts, generated from cts.openapi.yaml).
import type { components, operations, paths } from './cts';

export type { components, operations, paths };

// Aliases of the component schemas the console and the mock name, in the document's order;
// contract.test.ts checks each is named after its schema.
export type TrackerType = components['schemas']['TrackerType'];
export type DeletableTrackerType = components['schemas']['DeletableTrackerType'];
export type TrackerStatus = components['schemas']['TrackerStatus'];
export type TrackerUpdateStatus = components['schemas']['TrackerUpdateStatus'];
export type TrackerErrorDetail = components['schemas']['TrackerErrorDetail'];
export type TraceType = components['schemas']['TraceType'];
export type ManagementTraceSource = components['schemas']['ManagementTraceSource'];
export type DataTraceSource = components['schemas']['DataTraceSource'];
export type TraceSource = components['schemas']['TraceSource'];
export type TraceRating = components['schemas']['TraceRating'];
export type DataEvent = components['schemas']['DataEvent'];
export type BucketLifecycle = components['schemas']['BucketLifecycle'];
export type CompressType = components['schemas']['CompressType'];
export type AgencyName = components['schemas']['AgencyName'];
export type ExcludeService = components['schemas']['ExcludeService'];
export type NotificationType = components['schemas']['NotificationType'];
export type NotificationStatus = components['schemas']['NotificationStatus'];
export type OperationType = components['schemas']['OperationType'];
export type FilterCondition = components['schemas']['FilterCondition'];
export type FilterOperator = components['schemas']['FilterOperator'];
export type TagResourceType = components['schemas']['TagResourceType'];
export type CtsOperationId = components['schemas']['CtsOperationId'];
export type NotificationOperation = components['schemas']['NotificationOperation'];
export type NotificationUsers = components['schemas']['NotificationUsers'];
export type NotificationFilter = components['schemas']['NotificationFilter'];
export type NotificationFilterRuleValues = components['schemas']['NotificationFilterRuleValues'];
export type CreateNotificationRequestBody = components['schemas']['CreateNotificationRequestBody'];
export type UpdateNotificationRequestBody = components['schemas']['UpdateNotificationRequestBody'];
export type Notification = components['schemas']['Notification'];
export type UserInfo = components['schemas']['UserInfo'];
export type Trace = components['schemas']['Trace'];
export type ListTracesResponse = components['schemas']['ListTracesResponse'];
export type TrackerObsInfo = components['schemas']['TrackerObsInfo'];
export type ObsInfo = components['schemas']['ObsInfo'];
export type Lts = components['schemas']['Lts'];
export type CreateTrackerRequestBody = components['schemas']['CreateTrackerRequestBody'];
export type UpdateTrackerRequestBody = components['schemas']['UpdateTrackerRequestBody'];
export type Tracker = components['schemas']['Tracker'];
export type Quota = components['schemas']['Quota'];
export type TraceOperation = components['schemas']['TraceOperation'];
export type CheckBucketRequest = components['schemas']['CheckBucketRequest'];
export type CheckBucketResponse = components['schemas']['CheckBucketResponse'];
export type BucketCheckResult = components['schemas']['BucketCheckResult'];
export type TraceResource = components['schemas']['TraceResource'];
export type Tag = components['schemas']['Tag'];
export type MockFaults = components['schemas']['MockFaults'];
export type MockBucket = components['schemas']['MockBucket'];
export type MockKmsKey = components['schemas']['MockKmsKey'];
export type MockState = components['schemas']['MockState'];
export type MockTraceInput = components['schemas']['MockTraceInput'];

// ---------------------------------------------------------------- helpers

/** Every operationId of the document, mock control included. */
export type OperationId = keyof operations;
/** The mock's additions to /v3 (not part of CTS). */
export type MockExtensionOperationId = 'listTrackerTags';
/** The 16 operations of the API reference, named as in Huawei's SDK. */
export type ReferenceOperationId = Exclude<CtsOperationId, MockExtensionOperationId>;

/** The rule fields of an advanced notification filter (L797). */
export type FilterField = keyof NotificationFilterRuleValues;

type QueryOf<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/** Query parameters of listTraces (Table 6-53, L1595). */
export type TraceQuery = QueryOf<'listTraces'>;
/** Query parameters of listTrackers (Table 6-95, L2322). */
export type TrackerQuery = QueryOf<'listTrackers'>;
