import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { gunzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFolder, daysBetween, parseArchiveKey } from '@/api/archive/archive-layout';
import { type ArchiveFilters, DELETION_PATTERN, literal } from '@/features/archive/engine/archive-sql';
import { BROWSER_LIMIT, ENGINE_COLUMNS, beyondBrowser, engineSql } from '@/features/archive/engine/engine-sql';
import { TRACE_COLUMNS, type TraceRow, rowsOfFile } from '@/features/archive/engine/trace-rows';
import { mockArchive } from '@/mocks/archive/mock-archive';
import { MockDb } from '@/mocks/db/mock-db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ANCHOR = Date.UTC(2026, 11, 6, 18, 20, 0);
const LOCATION = { bucket: 'cts-audit-logs-prod', region: 'ap-southeast-1', tracker: 'system' };
/** Across the end of November: Nov 29, 06:00 to Dec 2, 03:00 (UTC). */
const RANGE = { from: Date.UTC(2026, 10, 29, 6), to: Date.UTC(2026, 11, 2, 3) };
const ALL = 1_000_000;

describe('the generated Trino and Spark SQL', () => {
  const query = (filters: Partial<ArchiveFilters>, limit = 500) => engineSql('trino', LOCATION, { ...RANGE, ...filters }, limit).query;

  it('writes each of the trace list’s filters as an equality on its column, values escaped', () => {
    expect(query({ user: "o'brien" })).toContain("AND user_name = 'o''brien'");
    expect(query({ trace_name: 'deleteServer' })).toContain("AND trace_name = 'deleteServer'");
    expect(query({ service_type: 'ECS' })).toContain("AND service_type = 'ECS'");
    expect(query({ resource_name: 'web-01' })).toContain("AND resource_name = 'web-01'");
    expect(query({ resource_id: 'a1' })).toContain("AND resource_id = 'a1'");
    expect(query({ trace_rating: 'warning' })).toContain("AND trace_rating = 'warning'");
    expect(query({ user: '' })).not.toContain('user_name =');
  });

  it('bounds the range in exclusive milliseconds, newest first, and selects the explorer’s columns', () => {
    const text = query({}, 50);
    expect(text).toContain(`AND time > ${RANGE.from}\n  AND time < ${RANGE.to}`);
    expect(text).toMatch(/ORDER BY time DESC, trace_id DESC\nLIMIT 50$/);
    expect(text.split('\n')[0]).toBe(`SELECT ${ENGINE_COLUMNS.join(', ')}`);
    expect(ENGINE_COLUMNS).toEqual(TRACE_COLUMNS.map(([name]) => name).filter((name) => name !== 'file'));
    expect(text).not.toMatch(/regexp|rlike/i);
  });

  it('matches deletions with LIKE on the prefixes of the explorer’s regular expression', () => {
    expect(query({ deletionsOnly: true })).toContain("AND (trace_name LIKE 'delete%' OR trace_name LIKE 'remove%' OR trace_name LIKE 'batchDelete%' OR trace_name LIKE 'terminate%')");
    expect(DELETION_PATTERN).toBe('^(delete|remove|batchDelete|terminate)');
  });

  it('names the day partitions of the range, exact across a month’s and a year’s end', () => {
    expect(query({})).toContain("WHERE region = 'ap-southeast-1' AND ((year = 2026 AND month = 11 AND day BETWEEN 29 AND 30) OR (year = 2026 AND month = 12 AND day BETWEEN 1 AND 2))");
    // Files are written after their hour: a trace just before midnight is in the next day's folder.
    const newYear = { from: Date.UTC(2025, 11, 30), to: Date.UTC(2025, 11, 31, 23) };
    expect(engineSql('spark', LOCATION, newYear, 10).query).toContain('((year = 2025 AND month = 12 AND day BETWEEN 30 AND 31) OR (year = 2026 AND month = 1 AND day = 1))');
  });

  it('defines Trino’s table over the layout with a partition registered per day, and the view', () => {
    const { setup } = engineSql('trino', LOCATION, RANGE, 500);
    expect(setup).toContain('hive.allow-register-partition-procedure=true');
    expect(setup).toContain("format = 'TEXTFILE',\n  external_location = 's3://cts-audit-logs-prod/CloudTraces/',\n  partitioned_by = ARRAY['region', 'year', 'month', 'day']");
    const registered = setup.split('\n').filter((line) => line.startsWith('CALL system.register_partition('));
    expect(registered).toHaveLength(4);
    expect(registered[2]).toBe(
      "CALL system.register_partition(schema_name => 'default', table_name => 'cts_trace_files', partition_columns => ARRAY['region', 'year', 'month', 'day'], partition_values => ARRAY['ap-southeast-1', '2026', '12', '1'], location => 's3://cts-audit-logs-prod/CloudTraces/ap-southeast-1/2026/12/1/system/');",
    );
    expect(setup).toContain('CROSS JOIN UNNEST(TRY(CAST(json_parse(line) AS ARRAY(JSON)))) AS traces (trace)');
    expect(setup).toContain("COALESCE(json_extract_scalar(trace, '$.user.name'), json_extract_scalar(trace, '$.user.user_name')) AS user_name");
    expect(setup).toContain("TRY_CAST(json_extract_scalar(trace, '$.time') AS BIGINT) AS time");
    for (const column of ENGINE_COLUMNS) {
      expect(setup).toMatch(new RegExp(`AS ${column},\\n`));
    }
  });

  it('defines Spark’s JSON table with the user as a struct, a partition per day, and the same view', () => {
    const { setup } = engineSql('spark', LOCATION, RANGE, 500);
    expect(setup).toContain("USING json\nOPTIONS (multiLine = 'true')\nPARTITIONED BY (region, year, month, day)\nLOCATION 's3a://cts-audit-logs-prod/CloudTraces/';");
    expect(setup).toContain('`user` STRUCT<name: STRING, user_name: STRING, type: STRING, access_key_id: STRING>');
    expect(setup).toContain("  PARTITION (region = 'ap-southeast-1', year = 2026, month = 11, day = 30) LOCATION 's3a://cts-audit-logs-prod/CloudTraces/ap-southeast-1/2026/11/30/system/'\n");
    expect(setup.match(/ {2}PARTITION \(/g)).toHaveLength(4);
    expect(setup).toContain('COALESCE(`user`.name, `user`.user_name) AS user_name');
    for (const column of ENGINE_COLUMNS) {
      expect(setup).toMatch(new RegExp(`\\n {2}(.+ AS )?${column},\\n`));
    }
    expect(setup).toMatch(/\nFROM cts_trace_files\nWHERE trace_id IS NOT NULL;$/);
  });

  it('sends ranges beyond what a browser should read to an engine', () => {
    expect(beyondBrowser({ bytes: 30 * 1_048_576, files: 720 })).toBe(false);
    expect(beyondBrowser({ bytes: BROWSER_LIMIT.bytes + 1, files: 720 })).toBe(true);
    expect(beyondBrowser({ bytes: 1_048_576, files: BROWSER_LIMIT.files + 1 })).toBe(true);
  });
});

type PartitionedRow = TraceRow & { region: string; year: number; month: number; day: number };

/** The demo's management trace files of the days around RANGE (more than its partitions), as rows. */
async function demoRows(): Promise<PartitionedRow[]> {
  const db = new MockDb({ seed: 7, volume: 2_000, now: () => ANCHOR });
  const archive = mockArchive(db);
  const bucket = archive.bucket(LOCATION.bucket);
  if (!bucket) {
    throw new Error('the demo has no archive bucket');
  }
  const rows: PartitionedRow[] = [];
  for (const day of daysBetween(RANGE.from - 2 * DAY, RANGE.to + 2 * DAY)) {
    const { objects } = await archive.list(bucket, { prefix: `${dayFolder(LOCATION.region, day)}${LOCATION.tracker}/management_`, marker: '', maxKeys: 1000 });
    for (const { object, content } of objects) {
      const key = parseArchiveKey(object.key);
      if (!key) {
        throw new Error(`${object.key} is not in CTS's layout`);
      }
      const date = new Date(key.day);
      const partition = { region: key.region, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      rows.push(...rowsOfFile(new TextDecoder().decode(gunzipSync(content.bytes)), object.key).map((row) => ({ ...row, ...partition })));
    }
  }
  return rows;
}

/** The `cts_traces` view as DuckDB's table: the view's columns and its partitions. */
function loadView(connection: duckdb.DuckDBConnection, rows: readonly PartitionedRow[]) {
  const types = new Map<string, string>(TRACE_COLUMNS);
  const columns = [...ENGINE_COLUMNS.map((name) => [name, types.get(name) ?? 'VARCHAR']), ['region', 'VARCHAR'], ['year', 'INTEGER'], ['month', 'INTEGER'], ['day', 'INTEGER']];
  connection.query(`CREATE TABLE cts_traces (${columns.map(([name, type]) => `${name} ${type}`).join(', ')})`);
  const value = (cell: string | number | null) => (cell === null ? 'NULL' : typeof cell === 'number' ? String(cell) : literal(cell));
  for (let start = 0; start < rows.length; start += 500) {
    const tuples = rows.slice(start, start + 500).map((row) => `(${columns.map(([name]) => value(row[name as keyof PartitionedRow])).join(', ')})`);
    connection.query(`INSERT INTO cts_traces VALUES ${tuples.join(', ')}`);
  }
}

/** The explorer's answer, in TypeScript: its bounds, equalities and deletions regex, newest first. */
function explorerRows(rows: readonly PartitionedRow[], filters: ArchiveFilters, limit: number): PartitionedRow[] {
  const deletion = new RegExp(DELETION_PATTERN);
  const equal = (value: string | undefined, cell: unknown) => !value || cell === value;
  return rows
    .filter((row) => typeof row.time === 'number' && row.time > filters.from && row.time < filters.to)
    .filter((row) => equal(filters.user, row.user_name) && equal(filters.trace_name, row.trace_name) && equal(filters.service_type, row.service_type))
    .filter((row) => equal(filters.resource_name, row.resource_name) && equal(filters.resource_id, row.resource_id) && equal(filters.trace_rating, row.trace_rating))
    .filter((row) => !filters.deletionsOnly || deletion.test(String(row.trace_name)))
    .sort((a, b) => Number(b.time) - Number(a.time) || (String(a.trace_id) < String(b.trace_id) ? 1 : -1))
    .slice(0, limit);
}

const explorerAnswer = (rows: readonly PartitionedRow[], filters: ArchiveFilters, limit: number) => explorerRows(rows, filters, limit).map((row) => `${String(row.trace_id)}@${String(row.time)}`);

describe('the generated query, run verbatim on DuckDB over the demo’s files', () => {
  let rows: PartitionedRow[] = [];
  let db: duckdb.DuckDBBindings | undefined;
  let connection: duckdb.DuckDBConnection | undefined;

  beforeAll(async () => {
    const dist = (file: string) => createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/${file}`);
    // The blocking Node build runs DuckDB's wasm in this thread: no worker, no network, no extension.
    const bindings = await duckdb.createDuckDB(
      { mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: '' } },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME,
    );
    db = await bindings.instantiate();
    connection = db.connect();
    rows = await demoRows();
    loadView(connection, rows);
  }, 60_000);

  afterAll(() => {
    connection?.close();
    db?.reset();
  });

  const run = (filters: Partial<ArchiveFilters>, limit = ALL) => {
    const all = { ...RANGE, ...filters };
    const result = connection?.query(engineSql('spark', LOCATION, all, limit).query);
    // BIGINT comes back as BigInt.
    const answer = (result?.toArray() ?? []).map((row: { toJSON: () => Record<string, unknown> }) => Object.fromEntries(Object.entries(row.toJSON()).map(([key, cell]) => [key, typeof cell === 'bigint' ? Number(cell) : cell])));
    return { all, answer, columns: result?.schema.fields.map((field) => field.name), ids: answer.map((row) => `${String(row.trace_id)}@${String(row.time)}`) };
  };

  it('loads traces from outside the range’s partitions too, so pruning is put to the test', () => {
    const days = new Set(rows.map((row) => `${row.month}/${row.day}`));
    expect([...days]).toEqual(expect.arrayContaining(['11/27', '11/28', '11/29', '11/30', '12/1', '12/2', '12/3']));
    expect(rows.length).toBeGreaterThan(500);
  });

  it('answers the range across the month’s end as the explorer does, column for column', () => {
    const { all, answer, columns, ids } = run({});
    expect(columns).toEqual([...ENGINE_COLUMNS]);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).toEqual(explorerAnswer(rows, all, ALL));
    const pick = (row: Record<string, unknown>) => Object.fromEntries(ENGINE_COLUMNS.map((column) => [column, row[column]]));
    expect(answer).toEqual(explorerRows(rows, all, ALL).map(pick));
  });

  it('answers deletions only with LIKE as the explorer does with its regular expression', () => {
    const { all, ids } = run({ deletionsOnly: true });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(explorerAnswer(rows, all, ALL));
  });

  it('answers a user’s and a service’s traces, newest first within the limit', () => {
    const sample = rows.find((row) => typeof row.time === 'number' && row.time > RANGE.from + DAY && row.user_name && row.service_type);
    const filters = { user: String(sample?.user_name), service_type: String(sample?.service_type) };
    const { all, ids } = run(filters, 5);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(explorerAnswer(rows, all, 5));
  });

  it('answers a resource’s and a rating’s traces, and nothing for a quoted name no trace has', () => {
    const sample = rows.find((row) => typeof row.time === 'number' && row.time > RANGE.from && row.time < RANGE.to && row.resource_id && row.resource_name);
    const filters = { resource_id: String(sample?.resource_id), resource_name: String(sample?.resource_name), trace_rating: String(sample?.trace_rating) };
    const { all, ids } = run(filters);
    expect(ids).toContain(`${String(sample?.trace_id)}@${String(sample?.time)}`);
    expect(ids).toEqual(explorerAnswer(rows, all, ALL));
    expect(run({ trace_name: "o'brien's delete" }).ids).toEqual([]);
  });

  it('answers a range of local days (UTC+8) across the month’s end', () => {
    const { all, ids } = run({ from: Date.UTC(2026, 10, 29, 16), to: Date.UTC(2026, 11, 1, 16) });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(explorerAnswer(rows, all, ALL));
  });
});
