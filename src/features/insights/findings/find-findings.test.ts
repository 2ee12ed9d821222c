import { describe, expect, it } from 'vitest';
import { cleanWeek, findingsAsShown, fixtureDay, fixtureTrace } from '@/features/insights/findings/finding-fixtures';
import { auditTamperingFindings } from '@/features/insights/findings/audit-tampering';
import { deletionBurstFindings, newSourceFindings, offHoursFindings } from '@/features/insights/findings/activity-rules';
import { findFindings } from '@/features/insights/findings/find-findings';
import { errorSpikeFindings, riskySessionFindings } from '@/features/insights/findings/session-rules';

const cts = (trace_name: string, request: object, time: number, user = 'alice') =>
  fixtureTrace({ time, user, service_type: 'CTS', resource_type: 'tracker', resource_id: 'tracker-1', resource_name: 'system', trace_name, request: JSON.stringify(request) });

describe('security findings', () => {
  it('raises nothing on a clean week', () => {
    expect(findFindings(cleanWeek())).toEqual([]);
  });

  it('finds a tracker disabled, and names who re-enabled it and when', () => {
    const disabled = cts('updateTracker', { tracker_name: 'system', status: 'disabled' }, fixtureDay(3, 18, 5), 'bob');
    const enabled = cts('updateTracker', { tracker_name: 'system', status: 'enabled' }, fixtureDay(3, 21, 48), 'carol');
    const [finding, ...rest] = findingsAsShown(auditTamperingFindings([...cleanWeek(), disabled, enabled]));
    expect(rest).toEqual([]);
    expect(finding?.title).toBe('Tracker system disabled');
    expect(finding?.detail).toContain('Re-enabled 3 h 43 min later by carol');
    expect(finding?.evidence).toEqual([disabled.trace_id, enabled.trace_id]);
  });

  it('finds a tracker deleted, its transfer changed and a notification disabled, but not a failed attempt or a plain update', () => {
    const traces = [
      cts('deleteTracker', {}, fixtureDay(2, 10)),
      cts('updateTracker', { obs_info: { bucket_name: 'elsewhere' } }, fixtureDay(2, 11)),
      { ...cts('updateNotification', { status: 'disabled' }, fixtureDay(2, 12)), resource_name: 'ops-alerts' },
      { ...cts('deleteTracker', {}, fixtureDay(2, 13)), code: '403' },
      cts('updateTracker', { is_support_validate: true }, fixtureDay(2, 14)),
    ];
    expect(findingsAsShown(auditTamperingFindings(traces)).map((finding) => [finding.title, finding.severity])).toEqual([
      ['Tracker system deleted', 'high'],
      ['Tracker system transfer changed', 'high'],
      ['Key event notification ops-alerts disabled', 'medium'],
    ]);
  });

  it('finds a burst of deletions by one identity, not the same deletions spread out', () => {
    const burst = [0, 2, 4, 6, 8, 9].map((minute) => fixtureTrace({ time: fixtureDay(1, 14, minute), user: 'bob', source_ip: '203.0.113.11', trace_name: 'deleteServer' }));
    const [finding] = findingsAsShown(deletionBurstFindings([...cleanWeek(), ...burst]));
    expect(finding?.title).toBe('6 deletions by bob in 9 min');
    expect(finding?.evidenceCount).toBe(6);
    const spread = burst.map((trace, index) => ({ ...trace, time: fixtureDay(1, 9 + index) }));
    expect(deletionBurstFindings([...cleanWeek(), ...spread])).toEqual([]);
  });

  it('finds deletions at night by a user who works days, not one deletion alone', () => {
    const night = [13, 16, 24].map((minute) => fixtureTrace({ time: fixtureDay(1, 2, minute), user: 'carol', source_ip: '203.0.113.12', trace_name: 'deleteImage' }));
    const [finding, ...rest] = findingsAsShown(offHoursFindings([...cleanWeek(), ...night]));
    expect(rest).toEqual([]);
    expect(finding?.title).toBe('3 deletions by carol outside their usual hours');
    expect(offHoursFindings([...cleanWeek(), ...night.slice(0, 1)])).toEqual([]);
  });

  it('finds a first use of a source IP and of a permanent access key after a baseline, not temporary keys', () => {
    const fromNewIp = fixtureTrace({ time: fixtureDay(1, 10), user: 'alice', source_ip: '198.18.77.201' });
    const newKey = fixtureTrace({ time: fixtureDay(1, 11), user: 'bob', source_ip: '203.0.113.11', access_key_id: 'HPUANEWKEY', mfa: undefined, console_session: false });
    const temporary = fixtureTrace({ time: fixtureDay(1, 12), user: 'carol', source_ip: '203.0.113.12', access_key_id: 'HSTATEMP' });
    const titles = findingsAsShown(newSourceFindings([...cleanWeek(), fromNewIp, newKey, temporary])).map((finding) => finding.title).sort();
    expect(titles).toEqual(['alice used source IP 198.18.77.201 for the first time', 'bob used access key HPUANEWKEY for the first time']);
  });

  it('does not call a source new before the user has a baseline', () => {
    const early = fixtureTrace({ time: fixtureDay(7, 9, 1), user: 'alice', source_ip: '198.18.77.201' });
    expect(newSourceFindings([...cleanWeek(), early])).toEqual([]);
  });

  it('finds root-user operations and console sessions without MFA', () => {
    const root = fixtureTrace({ time: fixtureDay(2, 10), user: 'acme', root: true });
    const noMfa = fixtureTrace({ time: fixtureDay(2, 11), user: 'bob', mfa: false });
    const findings = findingsAsShown(riskySessionFindings([...cleanWeek(), root, noMfa]));
    expect(findings.map((finding) => [finding.title, finding.severity])).toEqual([
      ['Root user acme signed in', 'medium'],
      ['bob used the console without MFA', 'low'],
    ]);
  });

  it('finds an hour in which a service fails far more than usual, not scattered failures', () => {
    const spike = [1, 5, 9, 14, 20, 31].map((minute) => fixtureTrace({ time: fixtureDay(2, 15, minute), user: 'alice', code: '500', trace_rating: 'incident' }));
    const [finding, ...rest] = findingsAsShown(errorSpikeFindings([...cleanWeek(), ...spike]));
    expect(rest).toEqual([]);
    expect(finding?.title).toMatch(/^ECS: 6 of \d+ operations failed within an hour$/);
    const scattered = spike.map((trace, index) => ({ ...trace, time: fixtureDay(6 - index, 10) }));
    expect(errorSpikeFindings([...cleanWeek(), ...scattered])).toEqual([]);
  });
});
