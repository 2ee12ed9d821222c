import type { FilterCondition, OperationType, Trace } from '@/api/contract/types';
import type { FilterRule } from '@/api/rules/filter-rule';
import {
  type NotificationFormValues,
  type OperationChoice,
  operationKey,
} from '@/features/notifications/builder/notification-form-model';

/** What the preview tests each trace against: the builder's rule, as it stands when the test starts. */
export interface PreviewRule {
  operationType: OperationType;
  /** Customized only: the chosen trace names with their service and resource type. */
  operations: OperationChoice[];
  /**
   * The user names of every group. A trace says who acted, not which IAM group they belong to, so
   * the preview can only test names; groups that list no users cannot be tested.
   */
  users: string[];
  /** Null when the advanced filter is off. */
  filter: { condition: FilterCondition; rules: FilterRule[] } | null;
  /** Rules the builder could not read: they cannot be evaluated and the preview says so. */
  unreadableRules: string[];
}

export function toPreviewRule(values: NotificationFormValues): PreviewRule {
  const users = [...new Set(values.userGroups.flatMap((group) => group.users))];
  const rules = values.filterRules.flatMap((row) => (row.kind === 'rule' ? [{ field: row.field, operator: row.operator, value: row.value }] : []));
  return {
    operationType: values.operationType,
    operations: values.operationType === 'customized' ? values.operations : [],
    users,
    filter: values.filterEnabled ? { condition: values.filterCondition, rules } : null,
    unreadableRules: values.filterEnabled ? values.filterRules.flatMap((row) => (row.kind === 'raw' ? [row.text] : [])) : [],
  };
}

export function userNameOf(trace: Trace): string | undefined {
  return trace.user?.name ?? trace.user?.user_name;
}

/** The trace's value for a filter field; `code` may arrive as a number from a real CTS (choice 8). */
export function traceFieldValue(trace: Trace, field: FilterRule['field']): string | undefined {
  const value: unknown = trace[field];
  return value === undefined || value === null ? undefined : String(value);
}

/** A trace without the field has no value equal to the rule's: `=` fails, `!=` holds. */
export function matchesFilterRule(trace: Trace, rule: FilterRule): boolean {
  const equal = traceFieldValue(trace, rule.field) === rule.value;
  return rule.operator === '=' ? equal : !equal;
}

/** L795: AND means every criterion is met, OR at least one. A filter with no rules filters nothing. */
export function matchesFilter(trace: Trace, filter: PreviewRule['filter']): boolean {
  if (filter === null || filter.rules.length === 0) {
    return true;
  }
  return filter.condition === 'AND'
    ? filter.rules.every((rule) => matchesFilterRule(trace, rule))
    : filter.rules.some((rule) => matchesFilterRule(trace, rule));
}

/**
 * The filter's rules this trace meets: what made it match. Under AND that is every rule; under OR
 * the ones that held. Empty when the filter is off or has no rules.
 */
export function matchedFilterRules(trace: Trace, filter: PreviewRule['filter']): FilterRule[] {
  return filter === null ? [] : filter.rules.filter((rule) => matchesFilterRule(trace, rule));
}

export function matchesOperations(trace: Trace, rule: Pick<PreviewRule, 'operationType' | 'operations'>): boolean {
  if (rule.operationType === 'complete') {
    return true;
  }
  const key = operationKey({ service_type: trace.service_type, resource_type: trace.resource_type, trace_name: trace.trace_name });
  return rule.operations.some((choice) => operationKey(choice) === key);
}

/** No user names: the notification is not limited to users. */
export function matchesUsers(trace: Trace, users: readonly string[]): boolean {
  if (users.length === 0) {
    return true;
  }
  const name = userNameOf(trace);
  return name !== undefined && users.includes(name);
}

/** Would this trace have triggered the notification: its operation, its user, and the filter. */
export function matchesNotification(trace: Trace, rule: PreviewRule): boolean {
  return matchesOperations(trace, rule) && matchesUsers(trace, rule.users) && matchesFilter(trace, rule.filter);
}
