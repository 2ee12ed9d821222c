import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileCsv, traceCsv } from '@/features/archive/engine/trace-csv';
import { TRACE_COLUMNS, traceRow } from '@/features/archive/engine/trace-rows';

const trace = { trace_id: 't"1', time: 5.7, trace_name: 'deleteServer', user: { name: 'o,brien' }, request: { a: '"x"\n' } };
const file = new TextEncoder().encode(JSON.stringify([trace, { trace_id: 't2', time: 6 }]));

describe('trace files as DuckDB’s CSV', () => {
  it('quotes every text with its quotes doubled, leaves null empty and ends every row with a newline', () => {
    const row = traceRow(trace, 'f.json');
    const csv = row ? traceCsv([row]) : '';
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.startsWith('"t""1",5,,"deleteServer",')).toBe(true);
    expect(csv).toContain('"o,brien"');
    expect(csv).toContain(String.raw`"{""a"":""\""x\""\n""}"`);
    // One field per column (the commas and newline inside quotes are the cells' own).
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').trim().split(',')).toHaveLength(TRACE_COLUMNS.length);
  });

  it('reads a file gzip or plain, by its bytes rather than its name', () => {
    const plain = fileCsv(file, 'a.json.gz');
    const gzip = fileCsv(gzipSync(file), 'a.json.gz');
    expect(plain.traces).toBe(2);
    expect(new TextDecoder().decode(gzip.csv)).toBe(new TextDecoder().decode(plain.csv));
    expect(new TextDecoder().decode(plain.csv).match(/\n/g)).toHaveLength(2);
  });
});
