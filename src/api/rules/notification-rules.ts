import { z } from '@/api/zod';
import type { FilterCondition, NotificationType } from '@/api/contract/types';
import { checkFilterRule } from './filter-rule';
import { ruleCheck } from './rule-check';

/**
 * Key event notification rules (L764–797, L1044–1081). The error table has no notification
 * codes: the mock answers every broken rule with 400 CTS.0003 (spec-notes 1.2, choice 10).
 */

export interface NotificationUsersInput {
  user_group: string;
  user_list: readonly string[];
}

export interface NotificationOperationInput {
  service_type: string;
  resource_type: string;
  trace_names: readonly string[];
}

export const DEFAULT_FILTER_CONDITION: FilterCondition = 'AND';

/** L770, read as 50 users in total across at most 10 groups (choice 29). */
export const MAX_USER_GROUPS = 10;
export const MAX_USERS = 50;
// Not in the reference: the user guide's limits, which the console applies (choice 30).
export const MAX_FILTER_RULES = 6;
export const MAX_NOTIFICATIONS = 100;
export const NOTIFICATION_NAME_PATTERN = /^[A-Za-z0-9_]{1,64}$/;

/**
 * Choice 32: lenient URNs; project IDs need not be 32 hex digits. The region also admits
 * upper case, unlike choice 32's regex, so that the reference's own example
 * `urn:smn:regionId:…` (L771) is accepted.
 */
export const SMN_TOPIC_URN_PATTERN = /^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9_-]{1,255}$/;
export const FUNCTION_URN_PATTERN =
  /^urn:fss:[A-Za-z0-9-]+:[A-Za-z0-9]+:function:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+(:[A-Za-z0-9_.-]+)?$/;

export const NOTIFICATION_NAME_MESSAGE = 'Use 1–64 letters, digits or underscores (_).';
export const USER_GROUP_COUNT_MESSAGE = 'Choose at most 10 user groups.';
export const USER_COUNT_MESSAGE = 'Choose at most 50 users in total.';
export const USER_GROUP_REQUIRED_MESSAGE = 'Choose a user group.';
export const USER_NAME_REQUIRED_MESSAGE = 'A user name cannot be empty.';
export const TOPIC_URN_MESSAGE =
  'Enter an SMN topic URN (urn:smn:region:project:topic) or a function URN (urn:fss:region:project:function:package:name).';
export const TOPIC_REQUIRED_MESSAGE = 'Choose a topic or function to enable the notification.';
export const OPERATION_SERVICE_REQUIRED_MESSAGE = 'Choose a cloud service.';
export const OPERATION_RESOURCE_REQUIRED_MESSAGE = 'Choose a resource type.';
export const OPERATION_TRACES_REQUIRED_MESSAGE = 'Choose at least one trace name.';
export const OPERATIONS_REQUIRED_MESSAGE = 'Choose at least one operation to be notified of.';
export const FILTER_RULE_COUNT_MESSAGE = 'Add at most 6 filter rules.';
export const NOTIFICATION_COUNT_MESSAGE = 'You can create at most 100 notifications.';

function isBlank(text: string): boolean {
  return text.trim() === '';
}

export function checkNotificationName(name: string): string | null {
  return NOTIFICATION_NAME_PATTERN.test(name) ? null : NOTIFICATION_NAME_MESSAGE;
}

/** `notification_type` follows from the URN (L1099): an SMN topic or a FunctionGraph function. */
export function detectTopicType(urn: string): NotificationType | null {
  if (SMN_TOPIC_URN_PATTERN.test(urn)) {
    return 'smn';
  }
  return FUNCTION_URN_PATTERN.test(urn) ? 'fun' : null;
}

export function checkTopicId(urn: string): string | null {
  return detectTopicType(urn) === null ? TOPIC_URN_MESSAGE : null;
}

/** L1054: the topic is mandatory when the notification is enabled. */
export function checkTopicRequired(status: string, topicId: string | undefined): string | null {
  return status === 'enabled' && (topicId === undefined || topicId === '') ? TOPIC_REQUIRED_MESSAGE : null;
}

export function countUsers(groups: readonly NotificationUsersInput[]): number {
  return groups.reduce((total, group) => total + group.user_list.length, 0);
}

export function checkUserGroup(group: NotificationUsersInput): string | null {
  if (isBlank(group.user_group)) {
    return USER_GROUP_REQUIRED_MESSAGE;
  }
  return group.user_list.some(isBlank) ? USER_NAME_REQUIRED_MESSAGE : null;
}

/** Applies whatever the operation type (choice 28). */
export function checkNotifyUserList(groups: readonly NotificationUsersInput[]): string | null {
  if (groups.length > MAX_USER_GROUPS) {
    return USER_GROUP_COUNT_MESSAGE;
  }
  if (countUsers(groups) > MAX_USERS) {
    return USER_COUNT_MESSAGE;
  }
  for (const group of groups) {
    const message = checkUserGroup(group);
    if (message !== null) {
      return message;
    }
  }
  return null;
}

/** L782–784: service, resource type and trace names are all mandatory. */
export function checkOperation(operation: NotificationOperationInput): string | null {
  if (isBlank(operation.service_type)) {
    return OPERATION_SERVICE_REQUIRED_MESSAGE;
  }
  if (isBlank(operation.resource_type)) {
    return OPERATION_RESOURCE_REQUIRED_MESSAGE;
  }
  return operation.trace_names.length === 0 || operation.trace_names.some(isBlank)
    ? OPERATION_TRACES_REQUIRED_MESSAGE
    : null;
}

/**
 * The console's rule: a customized notification names what it notifies of. The reference
 * does not make `operations` mandatory (L772), so the mock does not apply this one.
 */
export function checkCustomizedOperations(
  operationType: string,
  operations: readonly NotificationOperationInput[] | undefined,
): string | null {
  return operationType === 'customized' && (operations === undefined || operations.length === 0)
    ? OPERATIONS_REQUIRED_MESSAGE
    : null;
}

/** At most 6 rules (choice 30), each well formed with a valid value (L797). */
export function checkFilterRules(rules: readonly string[]): string | null {
  if (rules.length > MAX_FILTER_RULES) {
    return FILTER_RULE_COUNT_MESSAGE;
  }
  for (const text of rules) {
    const message = checkFilterRule(text);
    if (message !== null) {
      return message;
    }
  }
  return null;
}

/** For POST: the number of notifications that exist before this one is created. */
export function checkNotificationCount(existing: number): string | null {
  return existing >= MAX_NOTIFICATIONS ? NOTIFICATION_COUNT_MESSAGE : null;
}

export const notificationNameSchema = z.string().check(ruleCheck(checkNotificationName));
