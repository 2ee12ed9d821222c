import './rule-form-messages';
import { z } from '@/api/zod';
import type { FilterCondition, NotificationType } from '@/api/contract/types';
import { inActiveLanguage } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';
import { filterRuleIssue } from './filter-rule';
import { ruleCheck } from './rule-check';

/**
 * Key event notification rules (L764–797, L1044–1081). The error table has no notification
 * codes: the mock answers every broken rule with 400 CTS.0003 (spec-notes 1.2, choice 10), with
 * the rule's message in the request's language. Rules (`*Issue`) return catalog messages
 * (`rules.notification.*`); the `check*` twins the forms call return the text in the active language.
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

/** The rules' messages (catalog `rules.notification.*`). */
export const NOTIFICATION_RULE_MESSAGES = {
  name: { id: 'rules.notification.name' },
  userGroupCount: { id: 'rules.notification.userGroupCount' },
  userCount: { id: 'rules.notification.userCount' },
  userGroupRequired: { id: 'rules.notification.userGroupRequired' },
  userNameRequired: { id: 'rules.notification.userNameRequired' },
  topicUrn: { id: 'rules.notification.topicUrn' },
  topicRequired: { id: 'rules.notification.topicRequired' },
  operationService: { id: 'rules.notification.operationService' },
  operationResource: { id: 'rules.notification.operationResource' },
  operationTraces: { id: 'rules.notification.operationTraces' },
  operationsRequired: { id: 'rules.notification.operationsRequired' },
  filterRuleCount: { id: 'rules.notification.filterRuleCount' },
  count: { id: 'rules.notification.count' },
} as const satisfies Record<string, Message>;
const M = NOTIFICATION_RULE_MESSAGES;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

export function notificationNameIssue(name: string): Message | null {
  return NOTIFICATION_NAME_PATTERN.test(name) ? null : M.name;
}

/** `notification_type` follows from the URN (L1099): an SMN topic or a FunctionGraph function. */
export function detectTopicType(urn: string): NotificationType | null {
  if (SMN_TOPIC_URN_PATTERN.test(urn)) {
    return 'smn';
  }
  return FUNCTION_URN_PATTERN.test(urn) ? 'fun' : null;
}

export function topicIdIssue(urn: string): Message | null {
  return detectTopicType(urn) === null ? M.topicUrn : null;
}

/** L1054: the topic is mandatory when the notification is enabled. */
export function topicRequiredIssue(status: string, topicId: string | undefined): Message | null {
  return status === 'enabled' && (topicId === undefined || topicId === '') ? M.topicRequired : null;
}

export function countUsers(groups: readonly NotificationUsersInput[]): number {
  return groups.reduce((total, group) => total + group.user_list.length, 0);
}

export function userGroupIssue(group: NotificationUsersInput): Message | null {
  if (isBlank(group.user_group)) {
    return M.userGroupRequired;
  }
  return group.user_list.some(isBlank) ? M.userNameRequired : null;
}

/** Applies whatever the operation type (choice 28). */
export function notifyUserListIssue(groups: readonly NotificationUsersInput[]): Message | null {
  if (groups.length > MAX_USER_GROUPS) {
    return M.userGroupCount;
  }
  if (countUsers(groups) > MAX_USERS) {
    return M.userCount;
  }
  for (const group of groups) {
    const message = userGroupIssue(group);
    if (message !== null) {
      return message;
    }
  }
  return null;
}

/** L782–784: service, resource type and trace names are all mandatory. */
export function operationIssue(operation: NotificationOperationInput): Message | null {
  if (isBlank(operation.service_type)) {
    return M.operationService;
  }
  if (isBlank(operation.resource_type)) {
    return M.operationResource;
  }
  return operation.trace_names.length === 0 || operation.trace_names.some(isBlank)
    ? M.operationTraces
    : null;
}

/**
 * The console's rule: a customized notification names what it notifies of. The reference
 * does not make `operations` mandatory (L772), so the mock does not apply this one.
 */
export function customizedOperationsIssue(
  operationType: string,
  operations: readonly NotificationOperationInput[] | undefined,
): Message | null {
  return operationType === 'customized' && (operations === undefined || operations.length === 0)
    ? M.operationsRequired
    : null;
}

/** At most 6 rules (choice 30), each well formed with a valid value (L797). */
export function filterRulesIssue(rules: readonly string[]): Message | null {
  if (rules.length > MAX_FILTER_RULES) {
    return M.filterRuleCount;
  }
  for (const text of rules) {
    const message = filterRuleIssue(text);
    if (message !== null) {
      return message;
    }
  }
  return null;
}

/** For POST: the number of notifications that exist before this one is created. */
export function notificationCountIssue(existing: number): Message | null {
  return existing >= MAX_NOTIFICATIONS ? M.count : null;
}

// The same rules, as text in the active language.
export const checkTopicId = inActiveLanguage(topicIdIssue);
export const checkTopicRequired = inActiveLanguage(topicRequiredIssue);
export const checkUserGroup = inActiveLanguage(userGroupIssue);
export const checkCustomizedOperations = inActiveLanguage(customizedOperationsIssue);

export const notificationNameSchema = z.string().check(ruleCheck(notificationNameIssue));
