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
import { filterRuleIssue } from '@/api/rules/filter-rule';
import { filterRulesIssue, notificationNameIssue, notifyUserListIssue, operationIssue, topicIdIssue, topicRequiredIssue } from '@/api/rules/notification-rules';
import type { Message } from '@/i18n/message-id';
import type { MockText } from '@/mocks/mock-language';
import type { CtsError } from '@/mocks/handlers/cts-error';
import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord } from '@/mocks/handlers/request-body';

/**
 * Reads the body of createNotification / updateNotification (L764–797, L1044–1081). The table has
 * no notification codes, so every broken rule answers 400 CTS.0003 (choice 10). The message names
 * the field and reuses the rule's own wording from src/api/rules, because the console shows
 * `error_msg` and "The message body is empty or invalid." does not say what to fix. Messages are
 * catalog entries (`rules.*`), answered in the request's language.
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


function invalid(message: MockText): CtsError {
  return ctsError('CTS.0003', message);
}

/** "field: what is wrong", the field named as the API names it. */
function invalidField(field: string, issue: Message): CtsError {
  return invalid((render) => render({ id: 'rules.mock.fieldIssue', values: { field, issue: render(issue) } }));
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
    throw invalid({ id: 'rules.mock.mandatoryString', values: { field } });
  }
  return value;
}

function readName(body: Record<string, unknown>): string {
  const name = mandatoryString(body, 'notification_name');
  const issue = notificationNameIssue(name);
  if (issue !== null) {
    throw invalidField('notification_name', issue);
  }
  return name;
}

function readOperationType(body: Record<string, unknown>): OperationType {
  const value = body.operation_type;
  if (!isOneOf(OPERATION_TYPES, value)) {
    throw invalid({ id: 'rules.mock.operationType' });
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
    throw invalid({ id: 'rules.mock.array', values: { field: 'operations' } });
  }
  return value.map((item: unknown, index) => {
    const field = `operations[${index}]`;
    if (
      !isRecord(item) ||
      typeof item.service_type !== 'string' ||
      typeof item.resource_type !== 'string' ||
      !isStringArray(item.trace_names)
    ) {
      throw invalid({ id: 'rules.mock.operationShape', values: { field } });
    }
    const operation = { service_type: item.service_type, resource_type: item.resource_type, trace_names: [...item.trace_names] };
    const issue = operationIssue(operation);
    if (issue !== null) {
      throw invalidField(field, issue);
    }
    const resourceTypes = listResourceTypes(operation.service_type);
    if (resourceTypes.length === 0) {
      throw invalidField(field, { id: 'rules.mock.unknownService', values: { service: operation.service_type } });
    }
    if (!resourceTypes.includes(operation.resource_type)) {
      throw invalidField(field, { id: 'rules.mock.unknownResourceType', values: { resourceType: operation.resource_type, service: operation.service_type } });
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
    throw invalid({ id: 'rules.mock.array', values: { field: 'notify_user_list' } });
  }
  const groups = value.map((item: unknown, index) => {
    if (!isRecord(item) || typeof item.user_group !== 'string' || !isStringArray(item.user_list)) {
      throw invalid({ id: 'rules.mock.userGroupShape', values: { field: `notify_user_list[${index}]` } });
    }
    return { user_group: item.user_group, user_list: [...item.user_list] };
  });
  const issue = notifyUserListIssue(groups);
  if (issue !== null) {
    throw invalidField('notify_user_list', issue);
  }
  return groups;
}

/** An empty `topic_id` means no topic, as checkTopicRequired reads it (L1054). */
function readTopicId(value: unknown): string | undefined {
  if (isAbsent(value) || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalid({ id: 'rules.mock.string', values: { field: 'topic_id' } });
  }
  const issue = topicIdIssue(value);
  if (issue !== null) {
    throw invalidField('topic_id', issue);
  }
  return value;
}

/** Table 6-5 (L792–797): when `filter` is sent, its three fields are all mandatory. */
function readFilter(value: unknown): NotificationFilter | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  if (!isRecord(value)) {
    throw invalid({ id: 'rules.mock.filterShape' });
  }
  const { condition, is_support_filter: enabled, rule } = value;
  if (!isOneOf<FilterCondition>(FILTER_CONDITIONS, condition)) {
    throw invalid({ id: 'rules.mock.filterCondition' });
  }
  if (typeof enabled !== 'boolean') {
    throw invalid({ id: 'rules.mock.filterEnabled' });
  }
  if (!isStringArray(rule)) {
    throw invalid({ id: 'rules.mock.filterRules' });
  }
  const issue = filterRulesIssue(rule);
  if (issue !== null) {
    // Name the offending rule when one is malformed; otherwise the list itself broke a limit.
    const index = rule.findIndex((text) => filterRuleIssue(text) !== null);
    throw index < 0
      ? invalidField('filter.rule', issue)
      : invalid((render) =>
          render({ id: 'rules.mock.filterRuleIssue', values: { field: `filter.rule[${index}]`, rule: rule[index] ?? '', issue: render(issue) } }),
        );
  }
  return { condition, is_support_filter: enabled, rule: [...rule] };
}

/** L790: the only agency CTS creates is `cts_admin_trust`. */
function readAgencyName(value: unknown): AgencyName | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  if (value !== AGENCY_NAME) {
    throw invalid({ id: 'rules.mock.agencyName', values: { agency: AGENCY_NAME } });
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
    throw invalid({ id: 'rules.mock.bodyObject' });
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
    throw invalid({ id: 'rules.mock.notificationIdEmpty' });
  }
  const draft = readDraft(record);
  const status = record.status;
  if (!isOneOf(NOTIFICATION_STATUSES, status)) {
    throw invalid({ id: 'rules.mock.status' });
  }
  const topicIssue = topicRequiredIssue(status, draft.topic_id);
  if (topicIssue !== null) {
    throw invalidField('topic_id', topicIssue);
  }
  return { ...draft, notification_id: notificationId, status };
}
