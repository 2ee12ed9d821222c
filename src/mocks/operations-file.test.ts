import { describe, expect, it } from 'vitest';
import { parseOperations } from '@/mocks/operations-file';

describe('the operations file of the standalone mock', () => {
  it('reads a list of operations', () => {
    expect(parseOperations('[{"service_type":"DCS","resource_type":"instance","operation_list":["flushInstance"],"extra":1}]')).toEqual([
      { service_type: 'DCS', resource_type: 'instance', operation_list: ['flushInstance'] },
    ]);
  });

  it('refuses anything else, saying what it expects', () => {
    expect(() => parseOperations('{"service_type":"DCS"}')).toThrow(/JSON array/);
    expect(() => parseOperations('[{"service_type":"DCS","resource_type":"","operation_list":[]}]')).toThrow(/JSON array/);
    expect(() => parseOperations('[{"service_type":"DCS","resource_type":"i","operation_list":[1]}]')).toThrow(/JSON array/);
    expect(() => parseOperations('not json')).toThrow();
  });
});
