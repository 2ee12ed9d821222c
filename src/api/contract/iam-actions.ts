// IAM actions the reference lists for the v3 operations (L3555–3573; spec-notes 1.1 last column).
// Operations absent here have no action in the reference.
import type { OperationId, ReferenceOperationId } from './types';

export interface IamPermission {
  /** The action a policy must allow. */
  readonly action: string;
  /** Actions the action depends on (the table's "Related Action"). */
  readonly relatedActions: readonly string[];
}

// Both rows list the same LTS/OBS/KMS actions. L3563 prints "PutBucketAcl" twice, the second glued
// to "kms:cmk:list" ("obs:bucket:PutBucketAclkms:cmk:list"); L3567 gives the clean list used here.
const TRACKER_WRITE_RELATED = [
  'lts:topics:list',
  'lts:topics:create',
  'lts:groups:list',
  'lts:groups:create',
  'obs:bucket:CreateBucket',
  'obs:bucket:HeadBucket',
  'obs:bucket:GetLifecycleConfiguration',
  'obs:bucket:PutLifecycleConfiguration',
  'obs:bucket:GetBucketAcl',
  'obs:bucket:PutBucketAcl',
  'kms:cmk:list',
] as const;

export const IAM_PERMISSIONS = {
  listTraces: { action: 'cts:trace:list', relatedActions: [] },
  listTrackers: {
    action: 'cts:tracker:list',
    relatedActions: ['obs:bucket:GetBucketAcl', 'obs:bucket:ListAllMyBuckets'],
  },
  createTracker: { action: 'cts:tracker:create', relatedActions: TRACKER_WRITE_RELATED },
  updateTracker: { action: 'cts:tracker:update', relatedActions: TRACKER_WRITE_RELATED },
  deleteTracker: { action: 'cts:tracker:delete', relatedActions: [] },
  listQuotas: { action: 'cts:quota:get', relatedActions: [] },
} as const satisfies Partial<Record<ReferenceOperationId, IamPermission>>;

/** The IAM permission an operation needs, or undefined when the reference lists none. */
export function iamPermissionOf(operationId: OperationId): IamPermission | undefined {
  return (IAM_PERMISSIONS as Partial<Record<OperationId, IamPermission>>)[operationId];
}
