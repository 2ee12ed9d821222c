import { formatTime, zoneLabel } from '@/components/time-format';
import type { PreviewRule } from '@/features/notifications/preview/preview-matching';
import type { PreviewPlan } from '@/features/notifications/preview/preview-plan';
import type { PreviewResult } from '@/features/notifications/preview/run-preview';

const number = new Intl.NumberFormat();

/** What was queried, in words: the preview always states its scope. */
export function describePlan(plan: PreviewPlan): string {
  const window = `from ${formatTime(plan.from, 'local')} to ${formatTime(plan.to, 'local')} (${zoneLabel('local', plan.from)})`;
  if (plan.kind === 'narrowed') {
    const count = plan.queries.length;
    return `One query per chosen trace name (${count} quer${count === 1 ? 'y' : 'ies'}), management traces ${window}, at most ${number.format(plan.bound)} traces read.`;
  }
  return `The management traces of the last 7 days, newest first, ${window}, at most ${number.format(plan.bound)} read, tested one by one.`;
}

export function describeOutcome(result: PreviewResult): string {
  const read = `${number.format(result.read)} trace${result.read === 1 ? '' : 's'} read`;
  if (result.complete) {
    return `${read}: every trace in the window that the queries return.`;
  }
  const back = result.oldestRead === null ? '' : `, reaching back to ${formatTime(result.oldestRead, 'local')}`;
  return `${read}${back}. The bound stopped the scan: older traces were not tested.`;
}

/** Parts of the rule a trace cannot show, so the preview cannot test them. */
export function describeLimits(rule: PreviewRule, groupsWithoutUsers: number): string[] {
  const notes: string[] = [];
  if (groupsWithoutUsers > 0) {
    notes.push(`${groupsWithoutUsers} user group${groupsWithoutUsers === 1 ? ' lists' : 's list'} no users; traces do not say which group a user belongs to, so only user names are tested.`);
  }
  if (rule.unreadableRules.length > 0) {
    notes.push(`Not tested: ${rule.unreadableRules.map((text) => `“${text}”`).join(', ')} (rules the builder cannot read).`);
  }
  return notes;
}

export const formatCount = (value: number) => number.format(value);
