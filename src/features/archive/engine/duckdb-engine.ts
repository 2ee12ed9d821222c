import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { Table } from 'apache-arrow';
import { TRACE_COLUMNS } from '@/features/archive/engine/trace-rows';

/**
 * DuckDB compiled to WebAssembly, in its own Web Worker, loaded only by the archive explorer. Its
 * wasm and worker files are bundled from node_modules (no CDN: the console works offline). The
 * bundles have no JSON extension (DuckDB would download it), so the page parses the trace files
 * and hands DuckDB CSV, which its core reads; DuckDB does the querying. Not Arrow: Arrow's builders
 * compile functions with `new Function`, which the console's CSP refuses.
 */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

function toResult(table: Table): QueryResult {
  const columns = table.schema.fields.map((field) => field.name);
  const rows = table.toArray().map((row: { toJSON: () => Record<string, unknown> }) => {
    const value = row.toJSON();
    // BIGINT columns come back as BigInt: numbers for the page.
    for (const [key, cell] of Object.entries(value)) {
      if (typeof cell === 'bigint') {
        value[key] = Number(cell);
      }
    }
    return value;
  });
  return { columns, rows };
}

/** DuckDB's reading of the CSV of trace-csv.ts, from a registered file. */
function readCsv(name: string): string {
  const columns = TRACE_COLUMNS.map(([column, type]) => `'${column}': '${type}'`).join(', ');
  return `read_csv('${name}', header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns}})`;
}

export class ArchiveEngine {
  private batches = 0;
  /** False while the `traces` view is empty (started or just cleared): clearing it again is skipped. */
  private holdsRows = true;

  private constructor(
    private readonly db: duckdb.AsyncDuckDB,
    private readonly worker: Worker,
    private readonly connection: duckdb.AsyncDuckDBConnection,
  ) {}

  static async start(): Promise<ArchiveEngine> {
    const bundle = await duckdb.selectBundle(BUNDLES);
    const worker = new Worker(bundle.mainWorker ?? ehWorker);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule);
    const connection = await db.connect();
    const engine = new ArchiveEngine(db, worker, connection);
    await engine.clear();
    await engine.warmUp();
    return engine;
  }

  /**
   * Reads a CSV row once: DuckDB's wasm compiles each function the first time it runs, and its CSV
   * reader's first use costs a few hundred milliseconds. Spent as the page opens, not on the first rows.
   */
  private async warmUp(): Promise<void> {
    const row = TRACE_COLUMNS.map(([, type]) => (type === 'BIGINT' ? '0' : '""')).join(',');
    await this.db.registerFileBuffer('warm-up.csv', new TextEncoder().encode(`${row}\n`));
    await this.connection.query(`SELECT count(*) FROM ${readCsv('warm-up.csv')}`);
    await this.db.dropFile('warm-up.csv');
  }

  /** Empties the `traces` view (a new query or new files). */
  async clear(): Promise<void> {
    if (!this.holdsRows) {
      return;
    }
    await this.connection.query('DROP TABLE IF EXISTS trace_rows');
    await this.connection.query(`CREATE TABLE trace_rows (${TRACE_COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(', ')})`);
    await this.connection.query('CREATE OR REPLACE VIEW traces AS SELECT * FROM trace_rows');
    this.holdsRows = false;
  }

  /** Appends rows, as UTF-8 CSV of the trace columns (trace-csv.ts), to the `traces` view. */
  async insertCsv(csv: Uint8Array): Promise<void> {
    if (csv.length === 0) {
      return;
    }
    const name = `batch-${(this.batches += 1)}.csv`;
    this.holdsRows = true;
    await this.db.registerFileBuffer(name, csv);
    await this.connection.query(`INSERT INTO trace_rows SELECT * FROM ${readCsv(name)}`);
    await this.db.dropFile(name);
  }

  async query(sql: string): Promise<QueryResult> {
    return toResult(await this.connection.query(sql));
  }

  async count(): Promise<number> {
    const { rows } = await this.query('SELECT count(*) AS n FROM traces');
    return Number(rows[0]?.n ?? 0);
  }

  /** Stops a running query (DuckDB checks between its steps). */
  async cancel(): Promise<void> {
    await this.connection.cancelSent();
  }

  async stop(): Promise<void> {
    await this.connection.close();
    await this.db.terminate();
    this.worker.terminate();
  }
}
