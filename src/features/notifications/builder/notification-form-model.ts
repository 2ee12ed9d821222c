import type { CreateNotificationRequestBody, FilterCondition, Notification, NotificationFilter, NotificationOperation, OperationType, UpdateNotificationRequestBody, FilterField, FilterOperator } from '@/api/contract/types';
import { formatFilterRule, parseFilterRule, validateFilterValue } from '@/api/rules/filter-rule';
import { AGENCY_NAME } from '@/api/contract/enums';
import { DEFAULT_FILTER_CONDITION } from '@/api/rules/notification-rules';

/** One chosen trace name, with the service and resource type it belongs to. */
export interface OperationChoice {
  service_type: string;
  resource_type: string;
  trace_name: string;
}

/**
 * A filter rule as the builder holds it: a row it can edit, or a rule string it could not read
 * (written by another client), kept verbatim and sent back unchanged.
 */
export type FilterRow =
  | { kind: 'rule'; field: FilterField; operator: FilterOperator; value: string }
  | { kind: 'raw'; text: string; reason: string };

export interface UserGroupValue {
  group: string;
  users: string[];
}

/** The form model: what the builder's fields hold, not what the API receives. */
export interface NotificationFormValues {
  name: string;
  operationType: OperationType;
  operations: OperationChoice[];
  userGroups: UserGroupValue[];
  topicId: string;
  /** Edit only: POST has no status (L764–775); the mock enables a new notification iff it has a topic. */
  enabled: boolean;
  agency: boolean;
  filterEnabled: boolean;
  filterCondition: FilterCondition;
  filterRules: FilterRow[];
}


export const EMPTY_FORM: NotificationFormValues = {
  name: '',
  operationType: 'customized',
  operations: [],
  userGroups: [],
  topicId: '',
  enabled: true,
  agency: true,
  filterEnabled: false,
  filterCondition: DEFAULT_FILTER_CONDITION,
  filterRules: [],
};

export function newFilterRow(): FilterRow {
  return { kind: 'rule', field: 'code', operator: '!=', value: '' };
}

export function operationKey(choice: OperationChoice): string {
  return `${choice.service_type}\u0000${choice.resource_type}\u0000${choice.trace_name}`;
}

/**
 * A rule string becomes an editable row only when the builder can write it back identically
 * (parsed, and its value valid for its field); anything else is kept as read-only text.
 */
export function toFilterRow(text: string): FilterRow {
  const parsed = parseFilterRule(text);
  if (!parsed.ok) {
    return { kind: 'raw', text, reason: parsed.reason };
  }
  const invalid = validateFilterValue(parsed.rule.field, parsed.rule.value);
  if (invalid !== null) {
    return { kind: 'raw', text, reason: `${parsed.rule.field}: ${invalid}` };
  }
  return { kind: 'rule', ...parsed.rule };
}

export function filterRowText(row: FilterRow): string {
  return row.kind === 'raw' ? row.text : formatFilterRule(row);
}

/** Groups chosen trace names back into the API's operations, in the order they were chosen. */
export function groupOperations(choices: readonly OperationChoice[]): NotificationOperation[] {
  const groups = new Map<string, NotificationOperation>();
  for (const choice of choices) {
    const key = `${choice.service_type}\u0000${choice.resource_type}`;
    const group = groups.get(key) ?? { service_type: choice.service_type, resource_type: choice.resource_type, trace_names: [] };
    if (!group.trace_names.includes(choice.trace_name)) {
      group.trace_names.push(choice.trace_name);
    }
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function flattenOperations(operations: readonly NotificationOperation[]): OperationChoice[] {
  return operations.flatMap((operation) =>
    operation.trace_names.map((trace_name) => ({
      service_type: operation.service_type,
      resource_type: operation.resource_type,
      trace_name,
    })),
  );
}

export function fromNotification(notification: Notification): NotificationFormValues {
  return {
    name: notification.notification_name,
    operationType: notification.operation_type,
    operations: flattenOperations(notification.operations ?? []),
    userGroups: (notification.notify_user_list ?? []).map((group) => ({ group: group.user_group, users: [...group.user_list] })),
    topicId: notification.topic_id ?? '',
    enabled: notification.status === 'enabled',
    agency: notification.agency_name === AGENCY_NAME,
    filterEnabled: notification.filter?.is_support_filter ?? false,
    filterCondition: notification.filter?.condition ?? DEFAULT_FILTER_CONDITION,
    filterRules: (notification.filter?.rule ?? []).map(toFilterRow),
  };
}

function toFilter(values: NotificationFormValues): NotificationFilter | undefined {
  // A filter that is off and empty says nothing; one that is off keeps its rules for later.
  if (!values.filterEnabled && values.filterRules.length === 0) {
    return undefined;
  }
  return {
    condition: values.filterCondition,
    is_support_filter: values.filterEnabled,
    rule: values.filterRules.map(filterRowText),
  };
}

export function hasTopic(values: Pick<NotificationFormValues, 'topicId'>): boolean {
  return values.topicId.trim() !== '';
}

export function toCreateRequest(values: NotificationFormValues): CreateNotificationRequestBody {
  const body: CreateNotificationRequestBody = {
    notification_name: values.name,
    operation_type: values.operationType,
  };
  // L768: a complete notification needs no operations.
  if (values.operationType === 'customized') {
    body.operations = groupOperations(values.operations);
  }
  // Choice 28: users apply to either operation type.
  if (values.userGroups.length > 0) {
    body.notify_user_list = values.userGroups.map((group) => ({ user_group: group.group.trim(), user_list: group.users }));
  }
  if (hasTopic(values)) {
    body.topic_id = values.topicId.trim();
  }
  const filter = toFilter(values);
  if (filter) {
    body.filter = filter;
  }
  if (values.agency) {
    body.agency_name = AGENCY_NAME;
  }
  return body;
}

/** L1054: enabled needs a topic, so a notification without one is written disabled. */
export function statusToSave(values: Pick<NotificationFormValues, 'enabled' | 'topicId'>): 'enabled' | 'disabled' {
  return values.enabled && hasTopic(values) ? 'enabled' : 'disabled';
}

/** Choice 27: PUT replaces the notification, so the whole notification is sent. */
export function toUpdateRequest(values: NotificationFormValues, notificationId: string): UpdateNotificationRequestBody {
  return { notification_id: notificationId, ...toCreateRequest(values), status: statusToSave(values) };
}
