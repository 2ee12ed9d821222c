import { describe, expect, it } from 'vitest';
import { DELETION_PATTERN, DELETION_PREFIXES, isReadOnlyQuery, listQuery, literal, whereClause } from '@/features/archive/engine/archive-sql';
import { deletionCondition } from '@/features/archive/engine/engine-sql';

describe('the archive’s SQL', () => {
  it('filters like the trace list, with exclusive bounds and escaped values', () => {
    expect(whereClause({ from: 1000, to: 2000, user: "o'brien", service_type: 'ECS' })).toBe("time > 1000 AND time < 2000 AND user_name = 'o''brien' AND service_type = 'ECS'");
    expect(listQuery({ from: 1, to: 2, trace_name: 'deleteServer' }, 50)).toBe("SELECT * FROM traces WHERE time > 1 AND time < 2 AND trace_name = 'deleteServer' ORDER BY time DESC, trace_id DESC LIMIT 50");
    expect(whereClause({ from: -Infinity, to: Infinity })).toBe('true');
  });

  it('writes the deletions filter as DuckDB’s regular expression here, and as LIKE of the same prefixes for Trino and Spark', () => {
    const filters = { from: 1, to: 2, deletionsOnly: true };
    expect(whereClause(filters)).toContain("regexp_matches(trace_name, '^(delete|remove|batchDelete|terminate)')");
    expect(deletionCondition()).toBe("(trace_name LIKE 'delete%' OR trace_name LIKE 'remove%' OR trace_name LIKE 'batchDelete%' OR trace_name LIKE 'terminate%')");
    expect(DELETION_PREFIXES.every((prefix) => new RegExp(DELETION_PATTERN).test(`${prefix}Server`))).toBe(true);
    expect(literal("a'b")).toBe("'a''b'");
  });

  it('lets the SQL box read, never write', () => {
    expect(isReadOnlyQuery('SELECT count(*) FROM traces;')).toBe(true);
    expect(isReadOnlyQuery("WITH d AS (SELECT * FROM traces WHERE trace_name = 'drop table') SELECT * FROM d")).toBe(true);
    expect(isReadOnlyQuery('SUMMARIZE traces')).toBe(true);
    expect(isReadOnlyQuery('DROP VIEW traces')).toBe(false);
    expect(isReadOnlyQuery('SELECT 1; DELETE FROM trace_rows')).toBe(false);
    expect(isReadOnlyQuery("COPY traces TO 'x.csv'")).toBe(false);
    expect(isReadOnlyQuery("SELECT * FROM read_csv('x') , (SELECT 1) t WHERE 1=1 AND (INSERT)")).toBe(false);
  });
});
