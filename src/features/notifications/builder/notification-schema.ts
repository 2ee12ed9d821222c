import { z } from '@/api/zod';
import { activeText } from '@/api/message-text';
import { validateFilterValue } from '@/api/rules/filter-rule';
import { FILTER_FIELDS, FILTER_OPERATORS, FILTER_CONDITIONS, OPERATION_TYPES } from '@/api/contract/enums';
import { MAX_FILTER_RULES, MAX_USERS, MAX_USER_GROUPS, NOTIFICATION_RULE_MESSAGES, checkCustomizedOperations, checkTopicId, checkUserGroup, countUsers, notificationNameSchema } from '@/api/rules/notification-rules';
import { groupOperations, hasTopic } from '@/features/notifications/builder/notification-form-model';
import type { MessageId } from '@/i18n/message-id';

/**
 * The console's own rule: an advanced filter that is on filters by something. The issue carries
 * the message's ID; the filter fields show it in the active language.
 */
export const FILTER_EMPTY_MESSAGE: MessageId = 'notifications.filter.empty';

const filterRowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), field: z.enum(FILTER_FIELDS), operator: z.enum(FILTER_OPERATORS), value: z.string() }),
  z.object({ kind: z.literal('raw'), text: z.string(), reason: z.string() }),
]);

/**
 * The builder's schema, built from the rules in src/api/rules: each message is the one the mock
 * would answer for the same value (L764–797, choices 28–30, 32).
 */
export const notificationFormSchema = z
  .object({
    name: notificationNameSchema,
    operationType: z.enum(OPERATION_TYPES),
    operations: z.array(z.object({ service_type: z.string(), resource_type: z.string(), trace_name: z.string() })),
    userGroups: z.array(z.object({ group: z.string(), users: z.array(z.string()) })),
    topicId: z.string(),
    enabled: z.boolean(),
    agency: z.boolean(),
    filterEnabled: z.boolean(),
    filterCondition: z.enum(FILTER_CONDITIONS),
    filterRules: z.array(filterRowSchema),
  })
  .superRefine((values, ctx) => {
    const operationsMessage = checkCustomizedOperations(values.operationType, groupOperations(values.operations));
    if (operationsMessage !== null) {
      ctx.addIssue({ code: 'custom', message: operationsMessage, path: ['operations'] });
    }
    const groups = values.userGroups.map((group) => ({ user_group: group.group, user_list: group.users }));
    if (groups.length > MAX_USER_GROUPS) {
      ctx.addIssue({ code: 'custom', message: activeText(NOTIFICATION_RULE_MESSAGES.userGroupCount), path: ['userGroups'] });
    } else if (countUsers(groups) > MAX_USERS) {
      ctx.addIssue({ code: 'custom', message: activeText(NOTIFICATION_RULE_MESSAGES.userCount), path: ['userGroups'] });
    }
    groups.forEach((group, index) => {
      const message = checkUserGroup(group);
      if (message !== null) {
        ctx.addIssue({ code: 'custom', message, path: ['userGroups', index, 'group'] });
      }
    });
    if (hasTopic(values)) {
      const message = checkTopicId(values.topicId.trim());
      if (message !== null) {
        ctx.addIssue({ code: 'custom', message, path: ['topicId'] });
      }
    }
    if (values.filterRules.length > MAX_FILTER_RULES) {
      ctx.addIssue({ code: 'custom', message: activeText(NOTIFICATION_RULE_MESSAGES.filterRuleCount), path: ['filterRules'] });
    } else if (values.filterEnabled && values.filterRules.length === 0) {
      ctx.addIssue({ code: 'custom', message: FILTER_EMPTY_MESSAGE, path: ['filterRules'] });
    }
    values.filterRules.forEach((row, index) => {
      // Rules the builder could not read are sent back as they came: not the builder's to judge.
      if (row.kind === 'rule') {
        const message = validateFilterValue(row.field, row.value);
        if (message !== null) {
          ctx.addIssue({ code: 'custom', message, path: ['filterRules', index, 'value'] });
        }
      }
    });
  });
