import { describe, expect, it } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { buildExportFile, exportFileName } from '@/features/traces/export/export-file';
import { CSV_COLUMNS, csvField, csvRecord, neutraliseCell, tracesToCsv } from '@/features/traces/export/trace-csv';

const TRACE: Trace = {
  trace_id: 't-1',
  trace_name: 'createTracker',
  trace_rating: 'normal',
  trace_type: 'ApiCall',
  service_type: 'CTS',
  resource_type: 'tracker',
  resource_name: "=cmd|' /C calc'!A0",
  time: Date.UTC(2025, 0, 2, 3, 4, 5),
  record_time: Date.UTC(2025, 0, 2, 3, 4, 6),
  code: 201 as unknown as string,
  request: '{"tracker_name":"a, \\"b\\""}',
  user: { name: '+HYPERLINK("http://example.invalid","x")', domain: { name: 'acme', id: 'd-1' }, invoked_by: ['service.console'] },
  message: 'line one\nline two',
};

const NOTE = { exportedAt: '2025-01-02T03:04:05.000Z', count: 1, truncated: false, cap: 5000, filters: { trace_type: 'system' } };

describe('neutraliseCell', () => {
  it('prefixes cells that a spreadsheet would read as a formula', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    }
    for (const text of ['plain', ' =1', '1=1', '', "'quoted"]) {
      expect(neutraliseCell(text)).toBe(text);
    }
  });
});

describe('csvField', () => {
  it('quotes per RFC 4180 only when needed, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it('prints numbers, and arrays or objects as JSON', () => {
    expect(csvField(200)).toBe('200');
    expect(csvField(undefined)).toBe('');
    expect(csvField(['service.console'])).toBe('"[""service.console""]"');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('neutralises before quoting', () => {
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvRecord(['-2', 'ok'])).toBe("'-2,ok");
  });
});

describe('tracesToCsv', () => {
  it('starts with a note, then the header, then one record per trace, CRLF-terminated', () => {
    const csv = tracesToCsv([TRACE], NOTE);
    const [note, header, ...rest] = csv.split('\r\n');
    expect(note).toBe('"# CTS traces exported 2025-01-02T03:04:05.000Z; 1 traces; complete: every matching trace; filters {""trace_type"":""system""}"');
    expect(header).toBe(CSV_COLUMNS.map((column) => column.header).join(','));
    expect(header).toContain('user.domain.name');
    const record = rest.join('\r\n');
    expect(record.startsWith('2025-01-02T03:04:05.000Z,2025-01-02T03:04:06.000Z,t-1,createTracker,normal,ApiCall,CTS,tracker,')).toBe(true);
    expect(record).toContain(",'=cmd|' /C calc'!A0,");
    expect(record).toContain(`"'+HYPERLINK(""http://example.invalid"",""x"")"`);
    expect(record).toContain('"line one\nline two"');
    expect(record).toContain('"{""tracker_name"":""a, \\""b\\""""}"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('says when the cap cut the export short', () => {
    expect(tracesToCsv([], { ...NOTE, count: 0, truncated: true })).toContain('truncated: the cap of 5000 cut the export short');
  });
});

describe('buildExportFile', () => {
  const contents = { traces: [TRACE], truncated: true, cap: 1, filters: { trace_type: 'system' as const }, exportedAt: new Date(NOTE.exportedAt) };

  it('writes JSON with the count, the cap and whether it cut the export short', () => {
    const file = buildExportFile('json', contents);
    expect(file).toMatchObject({ name: 'cts-traces-20250102T030405Z.json', type: 'application/json' });
    expect(JSON.parse(file.content)).toEqual({
      exported_at: NOTE.exportedAt,
      filters: { trace_type: 'system' },
      count: 1,
      truncated: true,
      cap: 1,
      traces: [TRACE],
    });
  });

  it('writes CSV with a byte-order mark for spreadsheets', () => {
    const file = buildExportFile('csv', contents);
    expect(file.name).toBe(exportFileName('csv', contents.exportedAt));
    expect(file.content.startsWith('\uFEFF"# CTS traces exported')).toBe(true);
  });
});
