import { describe, expect, it } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { DEFAULT_TRACE_WINDOW, MANAGEMENT_ONLY_TRACE_FILTERS, MANAGEMENT_TRACKER_NAME, TEXT_TRACE_FILTERS, TRACE_FILTER_NAMES, TRACE_RANGES, TRACE_RETENTION_MS, appliedCriteria, filterApplies, inapplicableFilters, isTraceRange, lookedUpTraceId, oldestStart, omitFilters, windowBounds } from './trace-query-rules';
import { activeText, englishText } from '@/api/message-text';
import { TRACE_QUERY_RULE_MESSAGES as M, checkTraceQuery, matchesCriteria, traceLimitIssue, traceNameIssue, traceTimestampFormatIssue, traceTimestampIssue, traceTypeOfTracker } from './trace-query-check';

const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const HOUR = 60 * 60 * 1000;

function messageOf(params: Record<string, string | undefined>): string {
  const result = checkTraceQuery(params, NOW);
  return result.ok ? 'ok' : result.message;
}

function queryOf(params: Record<string, string | undefined>) {
  const result = checkTraceQuery(params, NOW);
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result.query;
}

describe('single parameters', () => {
  it('accepts only system and data as trace_type', () => {
    expect(messageOf({ trace_type: 'system' })).toBe('ok');
    expect(messageOf({ trace_type: 'data' })).toBe('ok');
    expect(messageOf({ trace_type: 'System' })).toBe(englishText(M.traceType));
  });
  it.each(['1000000000000', '9999999999999', String(NOW)])('accepts the 13-digit timestamp %s', (text) => {
    expect(activeText(traceTimestampFormatIssue('from', text))).toBeNull();
  });
  it.each(['999999999999', '10000000000000', '-100000000000', '1.767225600e12', '176722560000x'])(
    'rejects the timestamp %s',
    (text) => {
      expect(activeText(traceTimestampFormatIssue('to', text))).toBe(englishText(traceTimestampIssue('to')));
    },
  );
  it.each(['1', '10', '200', '010'])('accepts limit %s', (text) => {
    expect(activeText(traceLimitIssue(text))).toBeNull();
  });
  it.each(['0', '201', '-1', '1.5', '+5', 'ten', ' 5'])('rejects limit %j', (text) => {
    expect(activeText(traceLimitIssue(text))).toBe(englishText(M.limit));
  });
  it('checks trace_rating', () => {
    expect(messageOf({ trace_rating: 'incident' })).toBe('ok');
    expect(messageOf({ trace_rating: 'Incident' })).toBe(englishText(M.rating));
  });
  it.each(['a', 'createServer', 'x'.repeat(64), 'Delete.Bucket_v2-1'])('accepts trace name %s', (name) => {
    expect(activeText(traceNameIssue(name))).toBeNull();
  });
  it.each(['', 'x'.repeat(65), '1create', '_create', 'create server', 'create/server'])('rejects trace name %j', (name) => {
    expect(activeText(traceNameIssue(name))).toBe(englishText(M.traceName));
  });
});

describe('checkTraceQuery defaults (L1598–1610, choice 13)', () => {
  it('fills every default for an empty query', () => {
    expect(queryOf({})).toEqual({
      trace_type: 'system',
      tracker_name: 'system',
      from: NOW - HOUR,
      to: NOW,
      limit: 10,
    });
  });
  it('treats empty parameters as absent', () => {
    expect(queryOf({ trace_type: '', from: '', to: '', limit: '', trace_rating: '' })).toEqual(queryOf({}));
  });
  it('defaults from to one hour before a given to', () => {
    const to = NOW - 5 * HOUR;
    expect(queryOf({ to: String(to) })).toMatchObject({ from: to - HOUR, to });
  });
  it('defaults to to now when only from is given', () => {
    expect(queryOf({ from: String(NOW - 3 * HOUR) })).toMatchObject({ from: NOW - 3 * HOUR, to: NOW });
  });
  it('allows to in the future', () => {
    expect(queryOf({ from: String(NOW - HOUR), to: String(NOW + HOUR) })).toMatchObject({ to: NOW + HOUR });
  });
  it('clamps from to the seven days traces are kept (L1580)', () => {
    const weekAgo = NOW - TRACE_RETENTION_MS;
    expect(queryOf({ from: String(weekAgo - 1), to: String(NOW) }).from).toBe(weekAgo);
    expect(queryOf({ from: String(weekAgo + 1), to: String(NOW) }).from).toBe(weekAgo + 1);
    expect(queryOf({ from: '1000000000000', to: '1000000000001' })).toMatchObject({ from: weekAgo, to: 1000000000001 });
  });
  it('keeps a given tracker_name and the parameters for both types', () => {
    const params = { tracker_name: 'system', next: 'trace-9', access_key_id: 'AK1', enterprise_project_id: '0' };
    expect(queryOf(params)).toMatchObject(params);
  });
});

describe('checkTraceQuery errors (choice 11, CTS.0300)', () => {
  it.each([
    [{ trace_type: 'management' }, englishText(M.traceType)],
    [{ from: '123' }, englishText(traceTimestampIssue('from'))],
    [{ to: 'now' }, englishText(traceTimestampIssue('to'))],
    [{ from: String(NOW - HOUR), to: String(NOW - HOUR) }, englishText(M.timeOrder)],
    [{ from: String(NOW), to: String(NOW - 1) }, englishText(M.timeOrder)],
    [{ from: String(NOW + 1) }, englishText(M.timeOrder)],
    [{ limit: '0' }, englishText(M.limit)],
    [{ limit: '201' }, englishText(M.limit)],
    [{ limit: '2.5' }, englishText(M.limit)],
    [{ trace_rating: 'critical' }, englishText(M.rating)],
    [{ trace_name: '9lives' }, englishText(M.traceName)],
  ])('rejects %j', (params, message) => {
    expect(messageOf(params)).toBe(message);
  });
  it('accepts the boundaries next to each error', () => {
    expect(messageOf({ from: String(NOW - 1), to: String(NOW) })).toBe('ok');
    expect(messageOf({ limit: '1' })).toBe('ok');
    expect(queryOf({ limit: '200' }).limit).toBe(200);
  });
});

describe('checkTraceQuery filters by trace type (choice 17)', () => {
  const managementFilters = {
    service_type: 'ECS',
    user: 'alice',
    resource_name: 'Web-01',
    resource_type: 'ecs',
    resource_id: 'r-1',
    trace_id: 't-1',
    trace_name: 'createServer',
    trace_rating: 'warning',
  };

  it('lists the management-only filters', () => {
    expect([...MANAGEMENT_ONLY_TRACE_FILTERS].sort()).toEqual(Object.keys(managementFilters).sort());
  });
  it('keeps them for management traces', () => {
    expect(queryOf({ trace_type: 'system', ...managementFilters })).toMatchObject(managementFilters);
  });
  it('drops them, even invalid ones, for data traces', () => {
    const query = queryOf({ trace_type: 'data', ...managementFilters, trace_rating: 'bad', trace_name: '1x' });
    for (const name of MANAGEMENT_ONLY_TRACE_FILTERS) {
      expect(query).not.toHaveProperty(name);
    }
  });
  it('does not default tracker_name for data traces (choice 18)', () => {
    expect(queryOf({ trace_type: 'data' })).not.toHaveProperty('tracker_name');
    expect(queryOf({ trace_type: 'data', tracker_name: 'obs-reads' }).tracker_name).toBe('obs-reads');
  });
});

describe('the filters (L1595–1617)', () => {
  it('are every parameter of listTraces but the trace type, window and paging, in the panel order', () => {
    expect(TRACE_FILTER_NAMES).toEqual([
      'tracker_name',
      'service_type',
      'resource_type',
      'trace_name',
      'trace_rating',
      'user',
      'resource_name',
      'resource_id',
      'access_key_id',
      'enterprise_project_id',
      'trace_id',
    ]);
    expect(TEXT_TRACE_FILTERS).toEqual(TRACE_FILTER_NAMES.filter((name) => name !== 'trace_rating'));
  });
  it('apply to the trace types CTS applies them to; the tracker only to data traces', () => {
    expect(TRACE_FILTER_NAMES.filter((name) => filterApplies(name, 'system'))).toEqual(TRACE_FILTER_NAMES.filter((name) => name !== 'tracker_name'));
    expect(TRACE_FILTER_NAMES.filter((name) => filterApplies(name, 'data'))).toEqual(['tracker_name', 'access_key_id', 'enterprise_project_id']);
  });
  it('name those a trace type does not take, in the order they were given', () => {
    expect(inapplicableFilters({ trace_type: 'data', tracker_name: 't', user: 'u', trace_rating: 'warning', access_key_id: 'AK' })).toEqual(['user', 'trace_rating']);
    expect(inapplicableFilters({ trace_type: 'system', tracker_name: 't', user: 'u' })).toEqual(['tracker_name']);
    expect(inapplicableFilters({ trace_type: 'system' })).toEqual([]);
  });
  it('are dropped by name, every other key kept', () => {
    expect(omitFilters({ trace_type: 'system', user: 'u', trace_id: 't', limit: 5, range: '1h' }, ['user', 'trace_id'])).toEqual({ trace_type: 'system', limit: 5, range: '1h' });
  });
});

describe('the management tracker (L1602)', () => {
  it('is named system and records the management traces; any other tracker, data traces', () => {
    expect(MANAGEMENT_TRACKER_NAME).toBe('system');
    expect(traceTypeOfTracker(MANAGEMENT_TRACKER_NAME)).toBe('system');
    expect(traceTypeOfTracker('obs-reads')).toBe('data');
  });
});

describe('a trace_id sets every other criterion and the time aside (L1611)', () => {
  it('is looked up for management traces only, the default type included', () => {
    expect(lookedUpTraceId({ trace_type: 'system', trace_id: 't-1' })).toBe('t-1');
    expect(lookedUpTraceId({ trace_id: 't-1' })).toBe('t-1');
    expect(lookedUpTraceId({ trace_type: 'data', trace_id: 't-1' })).toBeUndefined();
    expect(lookedUpTraceId({ trace_type: 'system', trace_id: '' })).toBeUndefined();
    expect(lookedUpTraceId({ trace_type: 'system' })).toBeUndefined();
  });
  it('leaves the ID alone of the criteria, and what is not a criterion to the caller', () => {
    expect(appliedCriteria({ trace_type: 'system', trace_id: 't-1', user: 'u', trace_rating: 'warning', access_key_id: 'AK', limit: 10 })).toEqual({
      trace_type: 'system',
      trace_id: 't-1',
      limit: 10,
    });
    expect(appliedCriteria({ trace_id: 't-1', service_type: 'ECS' })).toEqual({ trace_type: 'system', trace_id: 't-1' });
  });
});

describe('management-only filters on data traces (choice 17)', () => {
  it('are dropped; the tracker and the filters for both types stay', () => {
    expect(appliedCriteria({ trace_type: 'data', tracker_name: 't', trace_id: 'x', user: 'u', trace_rating: 'incident', enterprise_project_id: '0' })).toEqual({
      trace_type: 'data',
      tracker_name: 't',
      enterprise_project_id: '0',
    });
    expect([...MANAGEMENT_ONLY_TRACE_FILTERS].sort()).toEqual(TRACE_FILTER_NAMES.filter((name) => !filterApplies(name, 'data')).sort());
  });
  it('leave management criteria as they are', () => {
    const criteria = { trace_type: 'system' as const, user: 'u', service_type: 'ECS' };
    expect(appliedCriteria(criteria)).toEqual(criteria);
  });
});

describe('a trace matches the criteria CTS applies', () => {
  const trace = {
    trace_id: 't-1',
    trace_name: 'createServer',
    trace_rating: 'normal',
    trace_type: 'ApiCall',
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_name: 'web-01',
    resource_id: 'r-1',
    enterprise_project_id: '0',
    user: { name: 'alice', access_key_id: 'AK1' },
    time: NOW,
    record_time: NOW,
  } as Trace;

  it("of its tracker's trace type, every filter compared exactly", () => {
    expect(matchesCriteria(trace, 'system', { trace_type: 'system', tracker_name: 'system', user: 'alice', service_type: 'ECS', access_key_id: 'AK1' })).toBe(true);
    expect(matchesCriteria(trace, 'system', { trace_type: 'system', user: 'Alice' })).toBe(false);
    expect(matchesCriteria(trace, 'system', { trace_type: 'system', tracker_name: 'obs-reads' })).toBe(false);
    expect(matchesCriteria(trace, 'system', { trace_type: 'data' })).toBe(false);
    expect(matchesCriteria(trace, 'obs-reads', { trace_type: 'data', tracker_name: 'obs-reads' })).toBe(true);
    expect(matchesCriteria(trace, 'obs-reads', { trace_type: 'data', tracker_name: 'obs-writes' })).toBe(false);
  });
  it('ignoring on data traces what CTS ignores there, and with a trace ID every other criterion', () => {
    expect(matchesCriteria(trace, 'obs-reads', { trace_type: 'data', user: 'bob', trace_rating: 'incident' })).toBe(true);
    expect(matchesCriteria(trace, 'system', { trace_type: 'system', trace_id: 't-1', user: 'bob' })).toBe(true);
    expect(matchesCriteria(trace, 'system', { trace_type: 'system', trace_id: 't-2' })).toBe(false);
  });
});

describe('the window', () => {
  it('has the presets 1h, 1d and 1w, each ending now; the default is the last hour', () => {
    expect(windowBounds({ range: '1h' }, NOW)).toEqual({ from: NOW - HOUR, to: NOW });
    expect(windowBounds({ range: '1d' }, NOW)).toEqual({ from: NOW - 24 * HOUR, to: NOW });
    expect(windowBounds({ range: '1w' }, NOW)).toEqual({ from: NOW - 168 * HOUR, to: NOW });
    expect(windowBounds(DEFAULT_TRACE_WINDOW, NOW)).toEqual({ from: NOW - HOUR, to: NOW });
    expect(Object.keys(TRACE_RANGES).filter(isTraceRange)).toEqual(['1h', '1d', '1w']);
    expect(isTraceRange('5y')).toBe(false);
    expect(isTraceRange('toString')).toBe(false);
  });
  it('keeps an absolute window as it is', () => {
    expect(windowBounds({ from: 1, to: 2 }, NOW)).toEqual({ from: 1, to: 2 });
  });
  it('starts no earlier than the seven days CTS keeps (L1580)', () => {
    expect(oldestStart(NOW)).toBe(NOW - TRACE_RETENTION_MS);
    expect(TRACE_RETENTION_MS).toBe(7 * 24 * HOUR);
  });
});
