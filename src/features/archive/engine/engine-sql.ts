import { dayFolder, daysBetween } from '@/api/archive/archive-layout';
import { WRITE_DELAY_MS } from '@/features/archive/engine/archive-loader';
import { type ArchiveFilters, DELETION_PREFIXES, boundConditions, equalityConditions, literal } from '@/features/archive/engine/archive-sql';
import { TRACE_COLUMNS, type TraceColumn } from '@/features/archive/engine/trace-rows';

/**
 * The explorer's query as SQL for an engine that reads the bucket itself, through OBS's S3
 * interface: Trino (Hive connector) or Spark, both run by DLI (README: "Querying the archive with
 * Trino or Spark"). `setup` defines the table over the bucket's layout and the `cts_traces` view;
 * `query` is one text that Trino, Spark and DuckDB all run (engine-sql.test.ts runs it on DuckDB).
 */
export type Engine = 'trino' | 'spark';

export interface ArchiveLocation {
  bucket: string;
  region: string;
  tracker: string;
}

export interface EngineSql {
  setup: string;
  query: string;
}

/**
 * The view's columns: the explorer's, without `file` (each engine names the file otherwise: Trino's
 * "$path", Spark's input_file_name()).
 */
export const ENGINE_COLUMNS = TRACE_COLUMNS.map(([name]) => name).filter((name): name is Exclude<TraceColumn, 'file'> => name !== 'file');
type EngineColumn = (typeof ENGINE_COLUMNS)[number];
const PARTITIONS = ['region', 'year', 'month', 'day'] as const;
const TABLE = 'cts_trace_files';
const VIEW = 'cts_traces';
/** The schema the setup creates its table and view in, and names in Trino's register_partition. */
const SCHEMA = 'default';

/** A day's `region`, `year`, `month`, `day` and its tracker's folder under the bucket. */
interface DayPartition {
  values: [string, number, number, number];
  folder: string;
}

/** The UTC day folders that hold the traces of (from, to). */
function partitionsOf(location: ArchiveLocation, filters: ArchiveFilters): DayPartition[] {
  return daysBetween(filters.from, filters.to + WRITE_DELAY_MS).map((day) => {
    const date = new Date(day);
    return {
      values: [location.region, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()],
      folder: `${location.bucket}/${dayFolder(location.region, day)}${location.tracker}/`,
    };
  });
}

/**
 * The partitions of the range as a predicate the engines prune by: one `day BETWEEN` per month, so
 * a range across a month's or a year's end stays exact.
 */
export function partitionPredicate(location: ArchiveLocation, filters: ArchiveFilters): string {
  const months = new Map<string, { year: number; month: number; first: number; last: number }>();
  for (const { values } of partitionsOf(location, filters)) {
    const [, year, month, day] = values;
    const key = `${year}/${month}`;
    const known = months.get(key);
    months.set(key, known ? { ...known, last: day } : { year, month, first: day, last: day });
  }
  const clauses = [...months.values()].map(({ year, month, first, last }) => `(year = ${year} AND month = ${month} AND day ${first === last ? `= ${first}` : `BETWEEN ${first} AND ${last}`})`);
  return `region = ${literal(location.region)} AND (${clauses.join(' OR ')})`;
}

/** The deletions filter without a regular expression: the same prefixes as the explorer's. */
export function deletionCondition(): string {
  return `(${DELETION_PREFIXES.map((prefix) => `trace_name LIKE ${literal(`${prefix}%`)}`).join(' OR ')})`;
}

/** The explorer's filters over `cts_traces`, in SQL that Trino, Spark and DuckDB read alike. */
export function portableQuery(location: ArchiveLocation, filters: ArchiveFilters, limit: number): string {
  const conditions = [partitionPredicate(location, filters), ...boundConditions(filters), ...equalityConditions(filters)];
  if (filters.deletionsOnly) {
    conditions.push(deletionCondition());
  }
  return [`SELECT ${ENGINE_COLUMNS.join(', ')}`, `FROM ${VIEW}`, `WHERE ${conditions.join('\n  AND ')}`, 'ORDER BY time DESC, trace_id DESC', `LIMIT ${Math.floor(limit)}`].join('\n');
}

const dropFirst = [`DROP VIEW IF EXISTS ${VIEW};`, `DROP TABLE IF EXISTS ${TABLE};`];

/** Where a column is in a trace's JSON (trace-rows.ts reads the same). */
const JSON_PATHS: Partial<Record<EngineColumn, string[]>> = {
  user_name: ['user.name', 'user.user_name'],
  user_type: ['user.type'],
  access_key_id: ['user.access_key_id'],
};
const pathsOf = (column: EngineColumn) => JSON_PATHS[column] ?? [column];
/** Fields CTS may send as an object rather than text: the view keeps them as JSON text. */
const MAYBE_OBJECT = new Set<EngineColumn>(['request', 'response', 'message']);
const typeOf = (column: EngineColumn) => TRACE_COLUMNS.find(([name]) => name === column)?.[1] ?? 'VARCHAR';

function trinoColumn(column: EngineColumn): string {
  const scalars = pathsOf(column).map((path) => `json_extract_scalar(trace, '$.${path}')`);
  if (typeOf(column) === 'BIGINT') {
    return `TRY_CAST(${scalars.join(', ')} AS BIGINT) AS ${column}`;
  }
  if (MAYBE_OBJECT.has(column)) {
    return `COALESCE(${scalars.join(', ')}, json_format(json_extract(trace, '$.${column}'))) AS ${column}`;
  }
  return `${scalars.length > 1 ? `COALESCE(${scalars.join(', ')})` : scalars.join('')} AS ${column}`;
}

function trinoSetup(location: ArchiveLocation, filters: ArchiveFilters): string {
  const register = partitionsOf(location, filters).map(
    ({ values, folder }) =>
      `CALL system.register_partition(schema_name => ${literal(SCHEMA)}, table_name => ${literal(TABLE)}, partition_columns => ARRAY[${PARTITIONS.map((name) => literal(name)).join(', ')}], partition_values => ARRAY[${values.map((value) => literal(String(value))).join(', ')}], location => ${literal(`s3://${folder}`)});`,
  );
  return [
    `-- Trino, Hive connector: tracker ${location.tracker}'s trace files in OBS bucket ${location.bucket}, read through OBS's S3 interface.`,
    '-- The catalog needs hive.allow-register-partition-procedure=true (register_partition below) and',
    '-- hive.recursive-directories=true (a tracker that sorts by service has a folder per service).',
    `-- Run in the catalog's schema ${SCHEMA} (USE <catalog>.${SCHEMA}); the DROPs remove definitions only, never files.`,
    ...dropFirst,
    `CREATE TABLE ${TABLE} (`,
    '  line VARCHAR,',
    '  region VARCHAR,',
    '  year INTEGER,',
    '  month INTEGER,',
    '  day INTEGER',
    ')',
    'WITH (',
    "  format = 'TEXTFILE',",
    `  external_location = ${literal(`s3://${location.bucket}/CloudTraces/`)},`,
    `  partitioned_by = ARRAY[${PARTITIONS.map((name) => literal(name)).join(', ')}]`,
    ');',
    ...register,
    '-- A trace file is one JSON array on one line; what is not one (digest files) gives no row.',
    `CREATE VIEW ${VIEW} AS`,
    'SELECT',
    `  ${[...ENGINE_COLUMNS.map(trinoColumn), ...PARTITIONS].join(',\n  ')}`,
    `FROM ${TABLE}`,
    'CROSS JOIN UNNEST(TRY(CAST(json_parse(line) AS ARRAY(JSON)))) AS traces (trace)',
    "WHERE json_extract_scalar(trace, '$.trace_id') IS NOT NULL;",
  ].join('\n');
}

const USER_FIELDS = ['name', 'user_name', 'type', 'access_key_id'];
const sparkType = (column: EngineColumn) => (typeOf(column) === 'BIGINT' ? 'BIGINT' : 'STRING');

function sparkColumn(column: EngineColumn): string {
  const [first, ...rest] = pathsOf(column).map((path) => path.replace(/^user\./, '`user`.'));
  return rest.length > 0 ? `COALESCE(${[first, ...rest].join(', ')}) AS ${column}` : first === column ? column : `${first} AS ${column}`;
}

function sparkSetup(location: ArchiveLocation, filters: ArchiveFilters): string {
  const fields = ENGINE_COLUMNS.filter((column) => !(column in JSON_PATHS)).map((column) => `${column} ${sparkType(column)}`);
  const partitions = partitionsOf(location, filters).map(({ values: [region, year, month, day], folder }) => `  PARTITION (region = ${literal(region)}, year = ${year}, month = ${month}, day = ${day}) LOCATION ${literal(`s3a://${folder}`)}`);
  return [
    `-- Spark SQL: tracker ${location.tracker}'s trace files in OBS bucket ${location.bucket}, read through OBS's S3 interface (s3a).`,
    '-- Spark reads a file holding one JSON array as one row per element; digest files give no row.',
    `-- Run in the database ${SCHEMA}; the DROPs remove definitions only, never files.`,
    ...dropFirst,
    `CREATE TABLE ${TABLE} (`,
    `  ${[...fields, `\`user\` STRUCT<${USER_FIELDS.map((field) => `${field}: STRING`).join(', ')}>`, 'region STRING', 'year INT', 'month INT', 'day INT'].join(',\n  ')}`,
    ')',
    'USING json',
    "OPTIONS (multiLine = 'true')",
    `PARTITIONED BY (${PARTITIONS.join(', ')})`,
    `LOCATION ${literal(`s3a://${location.bucket}/CloudTraces/`)};`,
    `ALTER TABLE ${TABLE} ADD IF NOT EXISTS`,
    `${partitions.join('\n')};`,
    `CREATE VIEW ${VIEW} AS`,
    'SELECT',
    `  ${[...ENGINE_COLUMNS.map(sparkColumn), ...PARTITIONS].join(',\n  ')}`,
    `FROM ${TABLE}`,
    'WHERE trace_id IS NOT NULL;',
  ].join('\n');
}

/** The table definition over the bucket's layout for the engine, and the explorer's query over it. */
export function engineSql(engine: Engine, location: ArchiveLocation, filters: ArchiveFilters, limit: number): EngineSql {
  return {
    setup: engine === 'trino' ? trinoSetup(location, filters) : sparkSetup(location, filters),
    query: portableQuery(location, filters, limit),
  };
}

/**
 * When a range is for an engine rather than this browser. DuckDB-wasm is a 32-bit WebAssembly
 * program (4 GiB of memory at most) that holds every field of every trace it reads; trace files
 * gzip JSON five to ten times (the demo's: 5.1), so 256 MiB of listed files are 1.3 to 2.5 GiB of
 * traces, and the fields are most of a trace's text. Each file is also one request (8 at a time):
 * 5,000 files take minutes before the first row.
 */
export const BROWSER_LIMIT = { bytes: 256 * 1_048_576, files: 5_000 };

export function beyondBrowser(listed: { bytes: number; files: number }): boolean {
  return listed.bytes > BROWSER_LIMIT.bytes || listed.files > BROWSER_LIMIT.files;
}
