import { renderFindingText } from '@/features/insights/findings/finding-text';
import type { Finding } from '@/features/insights/findings/finding-types';
import type { ScannedTrace } from '@/features/insights/scan/scanned-trace';
import { translate } from '@/i18n/i18n';

/** Findings with their title and detail as the active language (English in tests) shows them. */
export function findingsAsShown(findings: readonly Finding[]): (Omit<Finding, 'title' | 'detail'> & { title: string; detail: string })[] {
  return findings.map((finding) => ({ ...finding, title: renderFindingText(translate, finding.title), detail: renderFindingText(translate, finding.detail) }));
}

/** Monday Dec 7 2026, 00:00 UTC: fixtures are laid out over the week before it. */
export const FIXTURE_NOW = Date.UTC(2026, 11, 7);
const HOUR = 3_600_000;
const USERS = ['alice', 'bob', 'carol'] as const;
const IPS: Record<string, string> = { alice: '203.0.113.10', bob: '203.0.113.11', carol: '203.0.113.12' };
const OPERATIONS = ['listServers', 'createServer', 'updateServer', 'deleteServer', 'createImage'] as const;

let counter = 0;

export function fixtureTrace(fields: Partial<ScannedTrace> & { time: number }): ScannedTrace {
  counter += 1;
  return {
    trace_id: `t-${String(counter).padStart(6, '0')}`,
    trace_name: 'listServers',
    trace_rating: 'normal',
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_id: `res-${counter % 40}`,
    resource_name: `server-${counter % 40}`,
    code: '200',
    root: false,
    console_session: true,
    mfa: true,
    ...fields,
  };
}

/**
 * A clean week: three IAM users working 09:00–17:00 UTC on weekdays from their one address, with
 * MFA, a deletion now and then, nothing on CTS itself and no failures. No rule may fire on it.
 */
export function cleanWeek(): ScannedTrace[] {
  const traces: ScannedTrace[] = [];
  for (let day = 7; day >= 1; day -= 1) {
    const dayStart = FIXTURE_NOW - day * 24 * HOUR;
    for (let hour = 9; hour < 17; hour += 1) {
      USERS.forEach((user, userIndex) => {
        for (let step = 0; step < 3; step += 1) {
          const time = dayStart + hour * HOUR + (userIndex * 3 + step) * 6 * 60_000;
          const operation = OPERATIONS[(hour + step + userIndex) % OPERATIONS.length] ?? 'listServers';
          traces.push(fixtureTrace({ time, user, source_ip: IPS[user], trace_name: operation }));
        }
      });
    }
  }
  return traces.sort((a, b) => b.time - a.time);
}

export const fixtureDay = (daysAgo: number, hour: number, minute = 0) => FIXTURE_NOW - daysAgo * 24 * HOUR + hour * HOUR + minute * 60_000;
