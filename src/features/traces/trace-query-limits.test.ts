import { describe, expect, it } from 'vitest';
import * as rules from '@/api/rules/trace-query-rules';
import * as limits from '@/features/traces/trace-query-limits';

describe('trace query limits of the first screen', () => {
  it('are the values of the API rules module', () => {
    expect(limits.TRACE_RETENTION_MS).toBe(rules.TRACE_RETENTION_MS);
    expect(limits.MIN_TRACE_LIMIT).toBe(rules.MIN_TRACE_LIMIT);
    expect(limits.MAX_TRACE_LIMIT).toBe(rules.MAX_TRACE_LIMIT);
    expect(limits.TRACE_TIMESTAMP_PATTERN.source).toBe(rules.TRACE_TIMESTAMP_PATTERN.source);
    expect(limits.TRACE_NAME_PATTERN.source).toBe(rules.TRACE_NAME_PATTERN.source);
    expect(limits.MANAGEMENT_ONLY_TRACE_FILTERS).toEqual(rules.MANAGEMENT_ONLY_TRACE_FILTERS);
  });
});
