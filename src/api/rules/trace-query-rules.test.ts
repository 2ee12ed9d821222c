import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRACE_WINDOW_MS,
  MANAGEMENT_ONLY_TRACE_FILTERS,
  TRACE_LIMIT_MESSAGE,
  TRACE_NAME_MESSAGE,
  TRACE_RATING_MESSAGE,
  TRACE_RETENTION_MS,
  TRACE_TIME_ORDER_MESSAGE,
  TRACE_TYPE_MESSAGE,
  checkTraceLimit,
  checkTraceName,
  checkTraceQuery,
  checkTraceRating,
  checkTraceTimestamp,
  checkTraceType,
  traceLimitSchema,
  traceNameSchema,
  traceRatingSchema,
  traceTimestampMessage,
} from './trace-query-rules';

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
    expect(checkTraceType('system')).toBeNull();
    expect(checkTraceType('data')).toBeNull();
    expect(checkTraceType('System')).toBe(TRACE_TYPE_MESSAGE);
  });
  it.each(['1000000000000', '9999999999999', String(NOW)])('accepts the 13-digit timestamp %s', (text) => {
    expect(checkTraceTimestamp('from', text)).toBeNull();
  });
  it.each(['999999999999', '10000000000000', '-100000000000', '1.767225600e12', '176722560000x'])(
    'rejects the timestamp %s',
    (text) => {
      expect(checkTraceTimestamp('to', text)).toBe(traceTimestampMessage('to'));
    },
  );
  it.each(['1', '10', '200', '010'])('accepts limit %s', (text) => {
    expect(checkTraceLimit(text)).toBeNull();
  });
  it.each(['0', '201', '-1', '1.5', '+5', 'ten', ' 5'])('rejects limit %j', (text) => {
    expect(checkTraceLimit(text)).toBe(TRACE_LIMIT_MESSAGE);
  });
  it('checks trace_rating', () => {
    expect(checkTraceRating('incident')).toBeNull();
    expect(checkTraceRating('Incident')).toBe(TRACE_RATING_MESSAGE);
    expect(traceRatingSchema.safeParse('error').error?.issues[0]?.message).toBe(TRACE_RATING_MESSAGE);
  });
  it.each(['a', 'createServer', 'x'.repeat(64), 'Delete.Bucket_v2-1'])('accepts trace name %s', (name) => {
    expect(checkTraceName(name)).toBeNull();
    expect(traceNameSchema.safeParse(name).success).toBe(true);
  });
  it.each(['', 'x'.repeat(65), '1create', '_create', 'create server', 'create/server'])('rejects trace name %j', (name) => {
    expect(checkTraceName(name)).toBe(TRACE_NAME_MESSAGE);
    expect(traceNameSchema.safeParse(name).error?.issues[0]?.message).toBe(TRACE_NAME_MESSAGE);
  });
  it('has a limit schema for page sizes', () => {
    expect(traceLimitSchema.safeParse(200).success).toBe(true);
    expect(traceLimitSchema.safeParse(1).success).toBe(true);
    expect(traceLimitSchema.safeParse(0).error?.issues[0]?.message).toBe(TRACE_LIMIT_MESSAGE);
    expect(traceLimitSchema.safeParse(201).error?.issues[0]?.message).toBe(TRACE_LIMIT_MESSAGE);
    expect(traceLimitSchema.safeParse(2.5).error?.issues[0]?.message).toBe(TRACE_LIMIT_MESSAGE);
  });
});

describe('checkTraceQuery defaults (L1598–1610, choice 13)', () => {
  it('fills every default for an empty query', () => {
    expect(queryOf({})).toEqual({
      trace_type: 'system',
      tracker_name: 'system',
      from: NOW - DEFAULT_TRACE_WINDOW_MS,
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
    [{ trace_type: 'management' }, TRACE_TYPE_MESSAGE],
    [{ from: '123' }, traceTimestampMessage('from')],
    [{ to: 'now' }, traceTimestampMessage('to')],
    [{ from: String(NOW - HOUR), to: String(NOW - HOUR) }, TRACE_TIME_ORDER_MESSAGE],
    [{ from: String(NOW), to: String(NOW - 1) }, TRACE_TIME_ORDER_MESSAGE],
    [{ from: String(NOW + 1) }, TRACE_TIME_ORDER_MESSAGE],
    [{ limit: '0' }, TRACE_LIMIT_MESSAGE],
    [{ limit: '201' }, TRACE_LIMIT_MESSAGE],
    [{ limit: '2.5' }, TRACE_LIMIT_MESSAGE],
    [{ trace_rating: 'critical' }, TRACE_RATING_MESSAGE],
    [{ trace_name: '9lives' }, TRACE_NAME_MESSAGE],
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
