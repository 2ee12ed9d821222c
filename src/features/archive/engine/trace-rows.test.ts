import { describe, expect, it } from 'vitest';
import { rowsOfFile, traceOfFile, traceRow } from '@/features/archive/engine/trace-rows';

describe('trace rows', () => {
  it('flattens a trace', () => {
    const trace = { trace_id: 't', time: 5, trace_name: 'deleteServer', user: { name: 'alice', type: 'IAMUser', access_key_id: 'AK' }, request: { a: 1 }, code: '200' };
    const row = traceRow(trace, 'f.json.gz');
    expect(row).toMatchObject({ trace_id: 't', time: 5, user_name: 'alice', user_type: 'IAMUser', access_key_id: 'AK', request: '{"a":1}', code: '200', file: 'f.json.gz', resource_id: null });
  });

  it('reads a JSON array or one trace per line, skipping what is not a trace', () => {
    expect(rowsOfFile('[{"trace_id":"a","time":1},{"x":1}]', 'f').map((row) => row.trace_id)).toEqual(['a']);
    expect(rowsOfFile('{"trace_id":"a"}\n{"trace_id":"b"}\n', 'f').map((row) => row.trace_id)).toEqual(['a', 'b']);
  });

  it('finds one trace of a file whole, as written, for the drawer', () => {
    const trace = { trace_id: 'b', time: 2, user: { name: 'alice' }, request: { nested: [1, 2] } };
    expect(traceOfFile(JSON.stringify([{ trace_id: 'a', time: 1 }, trace]), 'b')).toEqual(trace);
    expect(traceOfFile(`{"trace_id":"a"}\n${JSON.stringify(trace)}\n`, 'b')).toEqual(trace);
    expect(traceOfFile('[{"trace_id":"a"}]', 'b')).toBeNull();
  });
});
