import { describe, expect, it } from 'vitest';
import type { ListTracesResponse, Trace } from '@/api/contract/types';
import { EMPTY_FORM, type NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { matchedFilterRules, matchesFilterRule, matchesNotification, toPreviewRule } from './preview-matching';
import { MAX_NARROWED_QUERIES, planPreview } from './preview-plan';
import { runPreview } from './run-preview';

let nextId = 0;
function trace(fields: Partial<Trace> = {}): Trace {
  nextId += 1;
  return {
    trace_id: `t${String(nextId).padStart(4, '0')}`,
    trace_name: 'createServer',
    trace_rating: 'normal',
    trace_type: 'ApiCall',
    service_type: 'ECS',
    resource_type: 'ecs',
    time: 1_000_000 - nextId,
    record_time: 1_000_000 - nextId,
    code: '200',
    user: { name: 'alice.chen' },
    ...fields,
  };
}

const custom: NotificationFormValues = {
  ...EMPTY_FORM,
  name: 'n',
  operations: [
    { service_type: 'ECS', resource_type: 'ecs', trace_name: 'createServer' },
    { service_type: 'ECS', resource_type: 'ecs', trace_name: 'deleteServer' },
  ],
};

describe('matching one trace', () => {
  it('matches chosen operations by service, resource type and trace name together', () => {
    const rule = toPreviewRule(custom);
    expect(matchesNotification(trace(), rule)).toBe(true);
    expect(matchesNotification(trace({ trace_name: 'stopServer' }), rule)).toBe(false);
    expect(matchesNotification(trace({ service_type: 'IMS' }), rule)).toBe(false);
    expect(matchesNotification(trace({ trace_name: 'stopServer' }), toPreviewRule({ ...custom, operationType: 'complete' }))).toBe(true);
  });

  it('limits to the users of every group when any are named', () => {
    const rule = toPreviewRule({ ...custom, userGroups: [{ group: 'a', users: ['bob.martin'] }, { group: 'b', users: ['carol_zhang'] }] });
    expect(matchesNotification(trace({ user: { name: 'carol_zhang' } }), rule)).toBe(true);
    expect(matchesNotification(trace(), rule)).toBe(false);
    expect(matchesNotification(trace({ user: undefined }), rule)).toBe(false);
  });

  it('tests = and != on each field; a missing field is never equal', () => {
    expect(matchesFilterRule(trace({ code: '500' }), { field: 'code', operator: '!=', value: '200' })).toBe(true);
    expect(matchesFilterRule(trace({ resource_name: 'a = b' }), { field: 'resource_name', operator: '=', value: 'a = b' })).toBe(true);
    expect(matchesFilterRule(trace(), { field: 'api_version', operator: '=', value: 'v1.0' })).toBe(false);
    expect(matchesFilterRule(trace(), { field: 'api_version', operator: '!=', value: 'v1.0' })).toBe(true);
    // A real CTS may send code as a number (choice 8).
    expect(matchesFilterRule(trace({ code: 404 as unknown as string }), { field: 'code', operator: '=', value: '404' })).toBe(true);
  });

  it('combines rules with AND or OR, only when the filter is on', () => {
    const filterRules = [
      { kind: 'rule' as const, field: 'code' as const, operator: '!=' as const, value: '200' },
      { kind: 'rule' as const, field: 'trace_rating' as const, operator: '=' as const, value: 'incident' as const },
    ];
    const failed = trace({ code: '500', trace_rating: 'warning' });
    expect(matchesNotification(failed, toPreviewRule({ ...custom, filterEnabled: true, filterCondition: 'OR', filterRules }))).toBe(true);
    expect(matchesNotification(failed, toPreviewRule({ ...custom, filterEnabled: true, filterCondition: 'AND', filterRules }))).toBe(false);
    expect(matchesNotification(trace(), toPreviewRule({ ...custom, filterEnabled: false, filterCondition: 'AND', filterRules }))).toBe(true);
  });

  it('names the rules a trace met: under OR only those that held, none without a filter', () => {
    const filterRules = [
      { kind: 'rule' as const, field: 'code' as const, operator: '!=' as const, value: '200' },
      { kind: 'rule' as const, field: 'trace_rating' as const, operator: '=' as const, value: 'incident' as const },
    ];
    const either = toPreviewRule({ ...custom, filterEnabled: true, filterCondition: 'OR', filterRules }).filter;
    expect(matchedFilterRules(trace({ code: '500' }), either)).toEqual([{ field: 'code', operator: '!=', value: '200' }]);
    expect(matchedFilterRules(trace({ trace_rating: 'incident' }), either)).toEqual([{ field: 'trace_rating', operator: '=', value: 'incident' }]);
    expect(matchedFilterRules(trace({ code: '503', trace_rating: 'incident' }), either)).toHaveLength(2);
    expect(matchedFilterRules(trace(), toPreviewRule({ ...custom, filterEnabled: false, filterRules }).filter)).toEqual([]);
  });
});

describe('planning the queries', () => {
  it('asks once per chosen trace name, with what the API can filter itself', () => {
    const rule = toPreviewRule({
      ...custom,
      userGroups: [{ group: 'g', users: ['alice.chen'] }],
      filterEnabled: true,
      filterRules: [{ kind: 'rule', field: 'trace_rating', operator: '=', value: 'incident' }],
    });
    const plan = planPreview(rule, { now: 10_000_000_000, bound: 2_000 });
    expect(plan.kind).toBe('narrowed');
    expect(plan.queries).toEqual([
      expect.objectContaining({ trace_type: 'system', service_type: 'ECS', resource_type: 'ecs', trace_name: 'createServer', user: 'alice.chen', trace_rating: 'incident' }),
      expect.objectContaining({ trace_name: 'deleteServer' }),
    ]);
    expect(plan.to - plan.from).toBe(7 * 24 * 3_600_000);
  });

  it('does not push rules down under OR, and scans when there are too many trace names', () => {
    const many = Array.from({ length: MAX_NARROWED_QUERIES + 1 }, (_, index) => ({ service_type: 'ECS', resource_type: 'ecs', trace_name: `op${index}` }));
    const rule = toPreviewRule({
      ...custom,
      operations: many,
      filterEnabled: true,
      filterCondition: 'OR',
      filterRules: [
        { kind: 'rule', field: 'resource_name', operator: '=', value: 'x' },
        { kind: 'rule', field: 'code', operator: '=', value: '500' },
      ],
    });
    const plan = planPreview(rule, { now: 10_000_000_000, bound: 500 });
    expect(plan.kind).toBe('scan');
    expect(plan.queries).toHaveLength(1);
    expect(plan.queries[0]).toEqual(expect.objectContaining({ service_type: 'ECS', resource_type: 'ecs' }));
    expect(plan.queries[0]).not.toHaveProperty('resource_name');
  });
});

describe('running the preview', () => {
  /** A fake traces API: newest first, paged by `next` as CTS does (L1600, L1705). */
  function fakeApi(all: Trace[]) {
    const calls: Record<string, unknown>[] = [];
    const list = async (filters: Record<string, unknown>): Promise<ListTracesResponse> => {
      calls.push(filters);
      const matching = all.filter((item) => filters.trace_name === undefined || item.trace_name === filters.trace_name);
      const start = filters.next === undefined ? 0 : matching.findIndex((item) => item.trace_id === filters.next) + 1;
      const page = matching.slice(start, start + Number(filters.limit));
      const more = start + page.length < matching.length;
      return { traces: page, meta_data: { count: page.length, marker: more ? (page.at(-1)?.trace_id ?? null) : null } };
    };
    return { list, calls };
  }

  it('reads every page of every query and lists the matches newest first, once each', async () => {
    const traces = [...Array.from({ length: 450 }, () => trace({ trace_name: 'stopServer' })), trace(), trace({ trace_name: 'deleteServer' })];
    const { list, calls } = fakeApi(traces);
    const rule = toPreviewRule(custom);
    const result = await runPreview(planPreview(rule, { now: 2_000_000, bound: 2_000 }), rule, list);
    expect(result.complete).toBe(true);
    expect(result.matches.map((item) => item.trace_name)).toEqual(['createServer', 'deleteServer']);
    expect(calls).toHaveLength(2);
  });

  it('stops at the bound, says it did, and reports the oldest trace read', async () => {
    const traces = Array.from({ length: 450 }, (_, index) => trace({ trace_name: index === 300 ? 'createServer' : 'stopServer' }));
    const { list, calls } = fakeApi(traces);
    const rule = toPreviewRule({ ...custom, operationType: 'complete' });
    const progress: number[] = [];
    const result = await runPreview(planPreview(rule, { now: 2_000_000, bound: 250 }), rule, list, { onProgress: (p) => progress.push(p.read) });
    expect(calls.map((call) => call.limit)).toEqual([200, 50]);
    expect(result).toEqual(expect.objectContaining({ read: 250, complete: false, oldestRead: traces[249]?.time }));
    expect(progress).toContain(200);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const list = async (_filters: unknown, signal?: AbortSignal): Promise<ListTracesResponse> => {
      controller.abort();
      signal?.throwIfAborted();
      return { traces: [], meta_data: { count: 0, marker: null } };
    };
    const rule = toPreviewRule(custom);
    await expect(runPreview(planPreview(rule, { now: 2_000_000, bound: 100 }), rule, list, { signal: controller.signal })).rejects.toThrow();
  });
});
