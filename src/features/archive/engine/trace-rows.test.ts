import { describe, expect, it } from 'vitest';
import { rowsOfFile, traceRow } from '@/features/archive/engine/trace-rows';

describe('trace rows', () => {
  it('flattens a trace, keeping it whole in raw', () => {
    const trace = { trace_id: 't', time: 5, trace_name: 'deleteServer', user: { name: 'alice', type: 'IAMUser', access_key_id: 'AK' }, request: { a: 1 }, code: '200' };
    const row = traceRow(trace, 'f.json.gz');
    expect(row).toMatchObject({ trace_id: 't', time: 5, user_name: 'alice', user_type: 'IAMUser', access_key_id: 'AK', request: '{"a":1}', code: '200', file: 'f.json.gz', resource_id: null });
    expect(JSON.parse(String(row?.raw))).toEqual(trace);
  });

  it('reads a JSON array or one trace per line, skipping what is not a trace', () => {
    expect(rowsOfFile('[{"trace_id":"a","time":1},{"x":1}]', 'f').map((row) => row.trace_id)).toEqual(['a']);
    expect(rowsOfFile('{"trace_id":"a"}\n{"trace_id":"b"}\n', 'f').map((row) => row.trace_id)).toEqual(['a', 'b']);
  });
});
