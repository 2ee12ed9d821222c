import { describe, expect, it } from 'vitest';
import { moveColumn } from '@/features/traces/components/trace-table-head';
import { parseTraceSearch, toTraceSearch, type TraceListState } from '@/features/traces/trace-url-state';
import { toAbsoluteFilters, toTraceView, withTraceType } from '@/features/traces/trace-view';
import { translate } from '@/i18n/i18n';

const NOW = Date.UTC(2024, 4, 10, 12, 0, 0);
const HOUR = 3_600_000;
/** The state and the notices as the user reads them (English). */
const parse = (search: string) => {
  const parsed = parseTraceSearch(new URLSearchParams(search), NOW);
  return { ...parsed, notices: parsed.notices.map((notice) => translate(notice)) };
};

describe('column widths in the URL', () => {
  it('round-trips resized widths in the columns’ order, leaving defaults out', () => {
    const { state, notices } = parse('widths=source_ip:150,user:240');
    expect(notices).toEqual([]);
    expect(state.widths).toEqual({ source_ip: 150, user: 240 });
    expect(toTraceSearch(state).get('widths')).toBe('user:240,source_ip:150');
    // 130 px is the User column's default: nothing to carry.
    expect(toTraceSearch({ ...state, widths: { user: 130 } }).get('widths')).toBeNull();
  });

  it('refuses unknown columns, repeats, and widths outside 60–800 px', () => {
    for (const raw of ['salary:100', 'user:100,user:120', 'user:59', 'user:801', 'user:12.5', 'user', 'user:100:1']) {
      const { state, notices } = parse(`widths=${raw}`);
      expect(state.widths, raw).toBeUndefined();
      expect(notices[0], raw).toMatch(/^Ignored widths=/);
    }
    expect(parse('widths=user:60,code:800').state.widths).toEqual({ user: 60, code: 800 });
  });
});

describe('moving a column', () => {
  it('puts the moved column where the target was', () => {
    expect(moveColumn(['time', 'trace_name', 'user', 'code'], 'user', 'time')).toEqual(['user', 'time', 'trace_name', 'code']);
    expect(moveColumn(['time', 'trace_name', 'user', 'code'], 'time', 'code')).toEqual(['trace_name', 'user', 'code', 'time']);
  });
});

describe('trace list URL', () => {
  it('defaults to management traces of the last hour, with an empty URL', () => {
    const { state, notices } = parse('');
    expect(state).toEqual({ criteria: { trace_type: 'system' }, window: { range: '1h' } });
    expect(notices).toEqual([]);
    expect(toTraceSearch(state).toString()).toBe('');
  });

  it('round-trips every criterion with the API parameter names', () => {
    const state: TraceListState = {
      criteria: {
        trace_type: 'system',
        service_type: 'ECS',
        resource_type: 'ecs',
        trace_name: 'deleteServer',
        trace_rating: 'warning',
        user: 'alice',
        resource_name: 'web 01',
        resource_id: 'r-1',
        access_key_id: 'AK1',
        enterprise_project_id: '0',
      },
      window: { from: NOW - 2 * HOUR, to: NOW - HOUR },
      trace: 'trace-1',
    };
    const search = toTraceSearch(state);
    expect(search.get('service_type')).toBe('ECS');
    expect(search.get('from')).toBe(String(NOW - 2 * HOUR));
    expect(search.get('trace')).toBe('trace-1');
    expect(parse(search.toString())).toEqual({ state, notices: [] });
  });

  it('round-trips a data view with one tracker and a preset range', () => {
    const { state, notices } = parse('trace_type=data&tracker_name=finance&range=1w');
    expect(notices).toEqual([]);
    expect(state).toEqual({ criteria: { trace_type: 'data', tracker_name: 'finance' }, window: { range: '1w' } });
    expect(toTraceSearch(state).toString()).toBe('trace_type=data&tracker_name=finance&range=1w');
  });

  it.each([
    ['trace_type=audit', 'trace_type'],
    ['trace_rating=bad', 'trace_rating'],
    ['trace_name=9lives', 'trace_name'],
    ['range=2d', 'range'],
    ['from=123&to=456', 'from'],
    ['from=1715342400000', 'both from and to'],
  ])('falls back to the default for %s, with a notice', (search, named) => {
    const { state, notices } = parse(search);
    expect(state.criteria.trace_type).toBe('system');
    expect(state.criteria.trace_rating).toBeUndefined();
    expect(state.criteria.trace_name).toBeUndefined();
    expect(state.window).toEqual({ range: '1h' });
    expect(notices.join(' ')).toContain(named);
  });

  it('keeps the valid parameters next to a malformed one', () => {
    const { state, notices } = parse('trace_rating=nope&service_type=ECS');
    expect(state.criteria).toEqual({ trace_type: 'system', service_type: 'ECS' });
    expect(notices).toHaveLength(1);
  });

  it('sets aside management-only criteria on data traces, and the tracker on management traces', () => {
    const data = parse('trace_type=data&user=alice&trace_rating=warning&access_key_id=AK');
    expect(data.state.criteria).toEqual({ trace_type: 'data', access_key_id: 'AK' });
    expect(data.notices[0]).toContain('user, trace_rating');
    expect(parse('tracker_name=finance').state.criteria).toEqual({ trace_type: 'system' });
  });

  it('moves a start older than 7 days to 7 days ago, and refuses reversed or too old windows', () => {
    const older = parse(`from=${NOW - 9 * 24 * HOUR}&to=${NOW - HOUR}`);
    expect(older.state.window).toEqual({ from: NOW - 7 * 24 * HOUR, to: NOW - HOUR });
    expect(older.notices).toHaveLength(1);
    expect(parse(`from=${NOW - HOUR}&to=${NOW - 2 * HOUR}`).state.window).toEqual({ range: '1h' });
    expect(parse(`from=${NOW - 10 * 24 * HOUR}&to=${NOW - 8 * 24 * HOUR}`).state.window).toEqual({ range: '1h' });
  });
});

describe('URL state to API query', () => {
  it('sends the criteria, the window and the page size', () => {
    const { state } = parse('service_type=ECS&range=1d');
    expect(toTraceView(state, 50)).toEqual({ trace_type: 'system', service_type: 'ECS', range: '1d', limit: 50 });
    expect(toAbsoluteFilters(state, NOW)).toEqual({ trace_type: 'system', service_type: 'ECS', from: NOW - 24 * HOUR, to: NOW });
  });

  it('sends only the trace ID when one is set: CTS ignores everything else', () => {
    const { state } = parse(`trace_id=abc&user=alice&from=${NOW - 2 * HOUR}&to=${NOW - HOUR}`);
    expect(toAbsoluteFilters(state, NOW)).toEqual({ trace_type: 'system', trace_id: 'abc' });
    expect(toTraceView(state, 50)).toMatchObject({ trace_id: 'abc', limit: 50 });
    expect(toTraceView(state, 50)).not.toHaveProperty('user');
  });

  it('drops what the other trace type does not take when switching', () => {
    const { state } = parse('user=alice&access_key_id=AK');
    expect(withTraceType(state, 'data').criteria).toEqual({ trace_type: 'data', access_key_id: 'AK' });
    const data = parse('trace_type=data&tracker_name=finance').state;
    expect(withTraceType(data, 'system').criteria).toEqual({ trace_type: 'system' });
  });
});
