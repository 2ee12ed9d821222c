import { formatTime, zoneLabel } from '@/components/time-format';
import type { Translate } from '@/i18n/message-id';
import type { PreviewRule } from '@/features/notifications/preview/preview-matching';
import type { PreviewPlan } from '@/features/notifications/preview/preview-plan';
import type { PreviewResult } from '@/features/notifications/preview/run-preview';

/** What was queried, in words: the preview always states its scope. */
export function describePlan(plan: PreviewPlan, t: Translate): string {
  const window = t('notifications.preview.plan.window', {
    from: formatTime(plan.from, 'local'),
    to: formatTime(plan.to, 'local'),
    zone: zoneLabel('local', plan.from),
  });
  if (plan.kind === 'narrowed') {
    return t('notifications.preview.plan.narrowed', { count: plan.queries.length, window, bound: plan.bound });
  }
  return t('notifications.preview.plan.scan', { window, bound: plan.bound });
}

export function describeOutcome(result: PreviewResult, t: Translate): string {
  const read = t('notifications.preview.outcome.read', { count: result.read });
  if (result.complete) {
    return t('notifications.preview.outcome.complete', { read });
  }
  return result.oldestRead === null
    ? t('notifications.preview.outcome.stopped', { read })
    : t('notifications.preview.outcome.stoppedAt', { read, time: formatTime(result.oldestRead, 'local') });
}

/** Parts of the rule a trace cannot show, so the preview cannot test them. */
export function describeLimits(rule: PreviewRule, groupsWithoutUsers: number, t: Translate): string[] {
  const notes: string[] = [];
  if (groupsWithoutUsers > 0) {
    notes.push(t('notifications.preview.limit.groupsWithoutUsers', { count: groupsWithoutUsers }));
  }
  if (rule.unreadableRules.length > 0) {
    const rules = rule.unreadableRules
      .map((text) => t('notifications.preview.limit.quoted', { text }))
      .join(t('notifications.preview.limit.separator'));
    notes.push(t('notifications.preview.limit.unreadable', { rules }));
  }
  return notes;
}
