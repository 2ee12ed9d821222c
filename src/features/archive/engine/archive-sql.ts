/** The trace list's filters that apply to archived traces, with the window of the query. */
export interface ArchiveFilters {
  from: number;
  to: number;
  user?: string;
  trace_name?: string;
  service_type?: string;
  resource_name?: string;
  resource_id?: string;
  trace_rating?: string;
  /** `delete…`, `remove…` and the like: destructive operations. */
  deletionsOnly?: boolean;
}

const EQUALITY = ['user', 'trace_name', 'service_type', 'resource_name', 'resource_id', 'trace_rating'] as const;
const COLUMN: Record<(typeof EQUALITY)[number], string> = {
  user: 'user_name',
  trace_name: 'trace_name',
  service_type: 'service_type',
  resource_name: 'resource_name',
  resource_id: 'resource_id',
  trace_rating: 'trace_rating',
};

/**
 * What the insights' deletion rules count as a deletion: trace names that start with one of these.
 * The explorer matches them as a regular expression, the generated Trino/Spark SQL with LIKE.
 */
export const DELETION_PREFIXES = ['delete', 'remove', 'batchDelete', 'terminate'] as const;
export const DELETION_PATTERN = `^(${DELETION_PREFIXES.join('|')})`;

/** A SQL string literal. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `time > from AND time < to`: CTS's from and to are exclusive (L1599, L1601); so are the archive's. */
export function boundConditions(filters: ArchiveFilters): string[] {
  // An infinite bound is none (files the user opened are read whole).
  return [Number.isFinite(filters.from) ? `time > ${Math.floor(filters.from)}` : '', Number.isFinite(filters.to) ? `time < ${Math.floor(filters.to)}` : ''].filter(Boolean);
}

/** The trace list's equality filters (user, trace name, service…), values as escaped literals. */
export function equalityConditions(filters: ArchiveFilters): string[] {
  return EQUALITY.flatMap((key) => {
    const value = filters[key];
    return value ? [`${COLUMN[key]} = ${literal(value)}`] : [];
  });
}

/**
 * The WHERE clause of the filters over the explorer's `traces` view in DuckDB, values as literals
 * (escaped). Trino and Spark get theirs from engine-sql.ts.
 */
export function whereClause(filters: ArchiveFilters): string {
  const conditions = [...boundConditions(filters), ...equalityConditions(filters)];
  if (filters.deletionsOnly) {
    conditions.push(`regexp_matches(trace_name, ${literal(DELETION_PATTERN)})`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** The query of the explorer's table: newest first, as the trace list. */
export function listQuery(filters: ArchiveFilters, limit: number): string {
  return `SELECT * FROM traces WHERE ${whereClause(filters)} ORDER BY time DESC, trace_id DESC LIMIT ${Math.floor(limit)}`;
}

/**
 * Whether a statement of the SQL box only reads: one SELECT (or WITH … SELECT, or a FROM-first
 * query), no second statement. The database holds nothing but what the page loaded, so this keeps
 * the box from dropping or replacing the `traces` view under the page.
 */
export function isReadOnlyQuery(sql: string): boolean {
  const statement = sql.trim().replace(/;\s*$/, '');
  if (statement.includes(';')) {
    return false;
  }
  return /^(select|with|from|describe|summarize|show|pragma\s+table_info)\b/i.test(statement) && !/\b(insert|update|delete|create|drop|alter|attach|detach|copy|export|import|install|load|set|call|pragma\s+(?!table_info))\b/i.test(statement.replace(/'(?:[^']|'')*'/g, "''"));
}
