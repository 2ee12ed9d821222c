// Friendly names for the generated contract (cts.d.ts, generated from cts.openapi.yaml).
import type { components, operations, paths } from './cts';

export type { components, operations, paths };

// One alias per component schema, in the document's order; contract.test.ts checks none is missing.
export type ErrorBody = components['schemas']['ErrorBody'];
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
export type QuotaType = components['schemas']['QuotaType'];
export type TagResourceType = components['schemas']['TagResourceType'];
export type CtsOperationId = components['schemas']['CtsOperationId'];
export type NotificationOperation = components['schemas']['NotificationOperation'];
export type NotificationUsers = components['schemas']['NotificationUsers'];
export type NotificationFilter = components['schemas']['NotificationFilter'];
export type NotificationFilterRuleValues = components['schemas']['NotificationFilterRuleValues'];
export type TopicUrn = components['schemas']['TopicUrn'];
export type CreateNotificationRequestBody = components['schemas']['CreateNotificationRequestBody'];
export type UpdateNotificationRequestBody = components['schemas']['UpdateNotificationRequestBody'];
export type Notification = components['schemas']['Notification'];
export type ListNotificationsResponse = components['schemas']['ListNotificationsResponse'];
export type BaseUser = components['schemas']['BaseUser'];
export type SessionContextAttributes = components['schemas']['SessionContextAttributes'];
export type SessionContext = components['schemas']['SessionContext'];
export type UserInfo = components['schemas']['UserInfo'];
export type Trace = components['schemas']['Trace'];
export type MetaData = components['schemas']['MetaData'];
export type ListTracesResponse = components['schemas']['ListTracesResponse'];
export type BucketName = components['schemas']['BucketName'];
export type TrackerName = components['schemas']['TrackerName'];
export type ManagementEventSelector = components['schemas']['ManagementEventSelector'];
export type TrackerObsInfo = components['schemas']['TrackerObsInfo'];
export type ObsInfo = components['schemas']['ObsInfo'];
export type DataBucket = components['schemas']['DataBucket'];
export type DataBucketQuery = components['schemas']['DataBucketQuery'];
export type Lts = components['schemas']['Lts'];
export type CreateTrackerRequestBody = components['schemas']['CreateTrackerRequestBody'];
export type UpdateTrackerRequestBody = components['schemas']['UpdateTrackerRequestBody'];
export type Tracker = components['schemas']['Tracker'];
export type ListTrackersResponse = components['schemas']['ListTrackersResponse'];
export type Quota = components['schemas']['Quota'];
export type ListQuotasResponse = components['schemas']['ListQuotasResponse'];
export type TraceOperation = components['schemas']['TraceOperation'];
export type ListOperationsResponse = components['schemas']['ListOperationsResponse'];
export type UserResource = components['schemas']['UserResource'];
export type ListUserResourcesResponse = components['schemas']['ListUserResourcesResponse'];
export type CheckBucketRequest = components['schemas']['CheckBucketRequest'];
export type CheckBucketRequestBody = components['schemas']['CheckBucketRequestBody'];
export type CheckBucketResponse = components['schemas']['CheckBucketResponse'];
export type BucketCheckResult = components['schemas']['BucketCheckResult'];
export type CheckObsBucketsResponse = components['schemas']['CheckObsBucketsResponse'];
export type TraceResource = components['schemas']['TraceResource'];
export type ListTraceResourcesResponse = components['schemas']['ListTraceResourcesResponse'];
export type Tag = components['schemas']['Tag'];
export type TagsRequestBody = components['schemas']['TagsRequestBody'];
export type ListTrackerTagsResponse = components['schemas']['ListTrackerTagsResponse'];
export type MockFailNext = components['schemas']['MockFailNext'];
export type MockFaults = components['schemas']['MockFaults'];
export type MockBucket = components['schemas']['MockBucket'];
export type MockKmsKey = components['schemas']['MockKmsKey'];
export type MockState = components['schemas']['MockState'];
export type MockResetRequestBody = components['schemas']['MockResetRequestBody'];
export type MockTraceInput = components['schemas']['MockTraceInput'];
export type InjectMockTracesRequestBody = components['schemas']['InjectMockTracesRequestBody'];
export type InjectMockTracesResponse = components['schemas']['InjectMockTracesResponse'];

// ---------------------------------------------------------------- helpers

/** Every operationId of the document, mock control included. */
export type OperationId = keyof operations;
/** The mock's additions to /v3 (not part of CTS). */
export type MockExtensionOperationId = 'listTrackerTags';
/** The 16 operations of the API reference, named as in Huawei's SDK. */
export type ReferenceOperationId = Exclude<CtsOperationId, MockExtensionOperationId>;
/** The operations under /mock (not part of CTS). */
export type MockControlOperationId = Exclude<OperationId, CtsOperationId>;

/** The rule fields of an advanced notification filter (L797). */
export type FilterField = keyof NotificationFilterRuleValues;

type QueryOf<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;
type PathOf<Id extends OperationId> = operations[Id]['parameters']['path'];

/** Query parameters of listTraces (Table 6-53, L1595). */
export type TraceQuery = QueryOf<'listTraces'>;
/** Query parameters of listTrackers (Table 6-95, L2322). */
export type TrackerQuery = QueryOf<'listTrackers'>;
/** Query parameters of deleteTracker (Table 6-108, L2549). */
export type DeleteTrackerQuery = QueryOf<'deleteTracker'>;
/** Query parameters of deleteNotification (Table 6-32, L1299). */
export type DeleteNotificationQuery = QueryOf<'deleteNotification'>;
/** Query parameters of listNotifications (Table 6-40, L1401). */
export type NotificationQuery = QueryOf<'listNotifications'>;
/** Query parameters of listOperations (Table 6-125, L2781). */
export type OperationQuery = QueryOf<'listOperations'>;
/** Path parameters of the two tag calls (Table 6-164, L3328). */
export type TagPath = PathOf<'batchCreateResourceTags'>;

/** The JSON body of a 2xx answer of an operation, `never` when it has none. */
export type SuccessBody<Id extends OperationId> = {
  [Status in keyof operations[Id]['responses']]: Status extends 200 | 201
    ? operations[Id]['responses'][Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : never
    : never;
}[keyof operations[Id]['responses']];

type JsonBodyOf<Body> = [Body] extends [never]
  ? never
  : Body extends { content: { 'application/json': infer Json } }
    ? Json
    : never;

/** The JSON request body of an operation, `never` when it has none. */
export type RequestBody<Id extends OperationId> = JsonBodyOf<NonNullable<operations[Id]['requestBody']>>;
