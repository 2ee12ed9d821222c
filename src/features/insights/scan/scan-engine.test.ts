import { describe, expect, it } from 'vitest';
import { findFindings } from '@/features/insights/findings/find-findings';
import { findingsAsShown } from '@/features/insights/findings/finding-fixtures';
import { entryOf, mergeNewer } from '@/features/insights/scan/scan-cache';
import { scanWindow } from '@/features/insights/scan/scan-engine';
import { describeScope } from '@/features/insights/scan/scan-scope';
import { DEFAULT_SEED } from '@/mocks/db/mock-db';
import { DELETION_BURST, NOTIFICATION_DELETED, TRACKER_DISABLED } from '@/mocks/db/planted-stories';
import { seededWorld } from '@/mocks/testing/scenarios';

const WEEK = 7 * 86_400_000;

describe('scan engine', () => {
  it('pages through a window newest first up to the bound, and says it stopped there', async () => {
    const now = Date.now();
    const progress: number[] = [];
    const pass = await scanWindow({ criteria: { trace_type: 'system' }, from: now - WEEK, to: now, bound: 450 }, { onProgress: ({ read }) => progress.push(read) });
    expect(pass.traces).toHaveLength(450);
    expect(pass.complete).toBe(false);
    expect(progress).toEqual([200, 400, 450]);
    const times = pass.traces.map((trace) => trace.time);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const scope = entryOf(pass.traces, pass.complete, { from: now - WEEK, to: now }, 450).scope;
    expect(describeScope(scope, 'UTC')).toMatch(/^450 traces, .+ – .+, stopped at the bound of 450: traces from .+ not read$/);
  });

  it('is cancelled by its signal', async () => {
    const controller = new AbortController();
    const now = Date.now();
    const scan = scanWindow(
      { criteria: { trace_type: 'system' }, from: now - WEEK, to: now, bound: 2_000 },
      { signal: controller.signal, onProgress: () => controller.abort(new DOMException('Cancelled', 'AbortError')) },
    );
    await expect(scan).rejects.toThrow('Cancelled');
  });

  it('refreshes by reading only the traces newer than the last scan', async () => {
    const now = Date.now();
    const first = await scanWindow({ criteria: { trace_type: 'system' }, from: now - WEEK, to: now - 3_600_000, bound: 20_000 });
    const cached = entryOf(first.traces, first.complete, { from: now - WEEK, to: now - 3_600_000 }, 20_000);
    const newer = await scanWindow({ criteria: { trace_type: 'system' }, from: cached.scope.to, to: now, bound: 20_000 });
    const merged = mergeNewer(cached, newer, { from: now - WEEK, to: now });
    const whole = await scanWindow({ criteria: { trace_type: 'system' }, from: now - WEEK, to: now, bound: 20_000 });
    expect(merged.scope.fetched).toBe(newer.traces.length);
    expect(merged.traces.map((trace) => trace.trace_id)).toEqual(whole.traces.map((trace) => trace.trace_id));
    expect(merged.scope.complete).toBe(true);
  });

  it('raises a finding for each planted story of the demo week', async () => {
    await seededWorld({ seed: DEFAULT_SEED, volume: 10_000 });
    const now = Date.now();
    const { traces, complete } = await scanWindow({ criteria: { trace_type: 'system' }, from: now - WEEK, to: now, bound: 20_000 });
    expect(complete).toBe(true);
    expect(describeScope(entryOf(traces, complete, { from: now - WEEK, to: now }, 20_000).scope)).toMatch(/^10,000 traces, .+, complete$/);
    const findings = findingsAsShown(findFindings(traces));
    const titles = findings.map((finding) => `${finding.rule}: ${finding.title}`);
    // The demo week moves with the clock: a background deletion of the same user nearby may join a run.
    const burst = findings.find((finding) => finding.rule === 'deletion-burst' && finding.filters.user === DELETION_BURST.user);
    expect(burst?.title).toMatch(new RegExp(`^\\d+ deletions by ${DELETION_BURST.user} in \\d+ min$`));
    expect(burst?.detail).toContain(DELETION_BURST.sourceIp);
    expect(burst?.evidenceCount).toBeGreaterThanOrEqual(DELETION_BURST.deletionCount);
    const offHours = findings.find((finding) => finding.rule === 'off-hours-destruction' && finding.filters.user === DELETION_BURST.user);
    expect(offHours?.evidence).toEqual(expect.arrayContaining(burst?.evidence ?? ['no burst']));
    expect(titles).toContain(`new-source: ${DELETION_BURST.user} used source IP ${DELETION_BURST.sourceIp} for the first time`);
    expect(titles).toContain(`audit-tampering: Tracker ${TRACKER_DISABLED.trackerName} disabled`);
    expect(titles).toContain(`audit-tampering: Key event notification ${NOTIFICATION_DELETED.notification_name} deleted`);
  }, 30_000);
});
