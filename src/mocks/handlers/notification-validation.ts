import { listResourceTypes } from '@/api/catalog/catalog';
import type {
  AgencyName,
  FilterCondition,
  NotificationFilter,
  NotificationOperation,
  NotificationStatus,
  NotificationUsers,
  OperationType,
} from '@/api/contract/types';
import { AGENCY_NAME, FILTER_CONDITIONS, NOTIFICATION_STATUSES, OPERATION_TYPES } from '@/api/contract/enums';
import { checkFilterRule } from '@/api/rules/filter-rule';
import { checkFilterRules, checkNotificationName, checkNotifyUserList, checkOperation, checkTopicId, checkTopicRequired } from '@/api/rules/notification-rules';
import type { CtsError } from '@/mocks/handlers/cts-error';
import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord } from '@/mocks/handlers/request-body';

/**
 * Reads the body of createNotification / updateNotification (L764–797, L1044–1081). The table has
 * no notification codes, so every broken rule answers 400 CTS.0003 (choice 10). The message names
 * the field and reuses the rule's own wording from src/api/rules, because the console shows
 * `error_msg` and "The message body is empty or invalid." does not say what to fix.
 */

/** What a valid create body holds, defaults applied (absent arrays = empty). */
export interface NotificationDraft {
  notification_name: string;
  operation_type: OperationType;
  operations: NotificationOperation[];
  notify_user_list: NotificationUsers[];
  topic_id?: string;
  filter?: NotificationFilter;
  agency_name?: AgencyName;
}

export interface NotificationReplacement extends NotificationDraft {
  notification_id: string;
  status: NotificationStatus;
}


function invalid(message: string): CtsError {
  return ctsError('CTS.0003', message);
}

/** JSON `null` for an optional field reads as absent: clients serialise "no value" either way. */
function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function mandatoryString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') {
    throw invalid(`${field} is mandatory and must be a string.`);
  }
  return value;
}

function readName(body: Record<string, unknown>): string {
  const name = mandatoryString(body, 'notification_name');
  const message = checkNotificationName(name);
  if (message !== null) {
    throw invalid(`notification_name: ${message}`);
  }
  return name;
}

function readOperationType(body: Record<string, unknown>): OperationType {
  const value = body.operation_type;
  if (!isOneOf(OPERATION_TYPES, value)) {
    throw invalid(`operation_type is mandatory and must be ${OPERATION_TYPES.join(' or ')}.`);
  }
  return value;
}

/**
 * L782–784: service, resource type and trace names are mandatory. Service and resource type must
 * be ones the catalog lists (choice 7: the catalog, not an uppercase regex, since ModelArts is not
 * upper case). Trace names are not checked against it: the reference does not say CTS refuses an
 * unknown one, and a service can emit new names before any catalog lists them.
 */
function readOperations(value: unknown): NotificationOperation[] {
  if (isAbsent(value)) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw invalid('operations must be an array.');
  }
  return value.map((item: unknown, index) => {
    const field = `operations[${index}]`;
    if (
      !isRecord(item) ||
      typeof item.service_type !== 'string' ||
      typeof item.resource_type !== 'string' ||
      !isStringArray(item.trace_names)
    ) {
      throw invalid(`${field} needs service_type, resource_type (strings) and trace_names (an array of strings).`);
    }
    const operation = { service_type: item.service_type, resource_type: item.resource_type, trace_names: [...item.trace_names] };
    const message = checkOperation(operation);
    if (message !== null) {
      throw invalid(`${field}: ${message}`);
    }
    const resourceTypes = listResourceTypes(operation.service_type);
    if (resourceTypes.length === 0) {
      throw invalid(`${field}: "${operation.service_type}" is not a cloud service connected with CTS.`);
    }
    if (!resourceTypes.includes(operation.resource_type)) {
      throw invalid(`${field}: "${operation.resource_type}" is not a resource type of ${operation.service_type}.`);
    }
    return operation;
  });
}

/** L789–790 and the 10-group / 50-user limit (L770, choice 29), for either operation type (choice 28). */
function readNotifyUserList(value: unknown): NotificationUsers[] {
  if (isAbsent(value)) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw invalid('notify_user_list must be an array.');
  }
  const groups = value.map((item: unknown, index) => {
    if (!isRecord(item) || typeof item.user_group !== 'string' || !isStringArray(item.user_list)) {
      throw invalid(`notify_user_list[${index}] needs user_group (a string) and user_list (an array of strings).`);
    }
    return { user_group: item.user_group, user_list: [...item.user_list] };
  });
  const message = checkNotifyUserList(groups);
  if (message !== null) {
    throw invalid(`notify_user_list: ${message}`);
  }
  return groups;
}

/** An empty `topic_id` means no topic, as checkTopicRequired reads it (L1054). */
function readTopicId(value: unknown): string | undefined {
  if (isAbsent(value) || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalid('topic_id must be a string.');
  }
  const message = checkTopicId(value);
  if (message !== null) {
    throw invalid(`topic_id: ${message}`);
  }
  return value;
}

/** Table 6-5 (L792–797): when `filter` is sent, its three fields are all mandatory. */
function readFilter(value: unknown): NotificationFilter | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  if (!isRecord(value)) {
    throw invalid('filter must be an object with condition, is_support_filter and rule.');
  }
  const { condition, is_support_filter: enabled, rule } = value;
  if (!isOneOf<FilterCondition>(FILTER_CONDITIONS, condition)) {
    throw invalid(`filter.condition is mandatory and must be ${FILTER_CONDITIONS.join(' or ')}.`);
  }
  if (typeof enabled !== 'boolean') {
    throw invalid('filter.is_support_filter is mandatory and must be true or false.');
  }
  if (!isStringArray(rule)) {
    throw invalid('filter.rule is mandatory and must be an array of strings.');
  }
  const message = checkFilterRules(rule);
  if (message !== null) {
    // Name the offending rule when one is malformed; otherwise the list itself broke a limit.
    const index = rule.findIndex((text) => checkFilterRule(text) !== null);
    throw invalid(index < 0 ? `filter.rule: ${message}` : `filter.rule[${index}] "${rule[index]}": ${message}`);
  }
  return { condition, is_support_filter: enabled, rule: [...rule] };
}

/** L790: the only agency CTS creates is `cts_admin_trust`. */
function readAgencyName(value: unknown): AgencyName | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  if (value !== AGENCY_NAME) {
    throw invalid(`agency_name can only be ${AGENCY_NAME}.`);
  }
  return AGENCY_NAME;
}

function readDraft(body: Record<string, unknown>): NotificationDraft {
  const draft: NotificationDraft = {
    notification_name: readName(body),
    operation_type: readOperationType(body),
    operations: readOperations(body.operations),
    notify_user_list: readNotifyUserList(body.notify_user_list),
  };
  const topicId = readTopicId(body.topic_id);
  const filter = readFilter(body.filter);
  const agencyName = readAgencyName(body.agency_name);
  if (topicId !== undefined) {
    draft.topic_id = topicId;
  }
  if (filter !== undefined) {
    draft.filter = filter;
  }
  if (agencyName !== undefined) {
    draft.agency_name = agencyName;
  }
  return draft;
}

function asRecord(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) {
    throw invalid('The message body must be a JSON object.');
  }
  return body;
}

/** The body of POST /notifications (Table 6-2, L764). */
export function readCreateNotificationBody(body: unknown): NotificationDraft {
  return readDraft(asRecord(body));
}

/** The body of PUT /notifications (Table 6-17, L1044): the whole notification (choice 27). */
export function readUpdateNotificationBody(body: unknown): NotificationReplacement {
  const record = asRecord(body);
  const notificationId = mandatoryString(record, 'notification_id');
  if (notificationId.trim() === '') {
    throw invalid('notification_id cannot be empty.');
  }
  const draft = readDraft(record);
  const status = record.status;
  if (!isOneOf(NOTIFICATION_STATUSES, status)) {
    throw invalid(`status is mandatory and must be ${NOTIFICATION_STATUSES.join(' or ')}.`);
  }
  const topicMessage = checkTopicRequired(status, draft.topic_id);
  if (topicMessage !== null) {
    throw invalid(`topic_id: ${topicMessage}`);
  }
  return { ...draft, notification_id: notificationId, status };
}
