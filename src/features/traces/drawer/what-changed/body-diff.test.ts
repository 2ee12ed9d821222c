import { describe, expect, it } from 'vitest';
import { describeFieldValue } from '@/components/field-diff-table';
import { WHOLE_BODY_PATH, configurationFields, diffBodies } from '@/features/traces/drawer/what-changed/body-diff';

describe('diffBodies', () => {
  it('finds added, removed and changed fields, nested ones by path', () => {
    const before = JSON.stringify({
      tracker_name: 'ml-reads',
      is_lts_enabled: false,
      obs_info: { bucket_name: 'logs', file_prefix_name: 'a' },
      status: 'enabled',
    });
    const after = JSON.stringify({
      tracker_name: 'ml-reads',
      is_lts_enabled: true,
      obs_info: { bucket_name: 'logs', bucket_lifecycle: 30 },
      data_bucket: { data_event: ['READ', 'WRITE'] },
    });
    expect(diffBodies(before, after)).toEqual([
      { path: 'is_lts_enabled', kind: 'changed', before: false, after: true },
      { path: 'obs_info.file_prefix_name', kind: 'removed', before: 'a' },
      { path: 'obs_info.bucket_lifecycle', kind: 'added', after: 30 },
      { path: 'status', kind: 'removed', before: 'enabled' },
      { path: 'data_bucket', kind: 'added', after: { data_event: ['READ', 'WRITE'] } },
    ]);
  });

  it('compares arrays of values whole and arrays of objects item by item', () => {
    expect(diffBodies({ data_event: ['READ'] }, { data_event: ['READ', 'WRITE'] })).toEqual([
      { path: 'data_event', kind: 'changed', before: ['READ'], after: ['READ', 'WRITE'] },
    ]);
    expect(
      diffBodies({ operations: [{ service_type: 'ECS' }] }, { operations: [{ service_type: 'IMS' }, { service_type: 'VPC' }] }),
    ).toEqual([
      { path: 'operations[0].service_type', kind: 'changed', before: 'ECS', after: 'IMS' },
      { path: 'operations[1]', kind: 'added', after: { service_type: 'VPC' } },
    ]);
  });

  it('quotes keys that are not plain names', () => {
    expect(diffBodies({ 'a.b': 1, '<img>': 'x' }, { 'a.b': 2 })).toEqual([
      { path: '["a.b"]', kind: 'changed', before: 1, after: 2 },
      { path: '["<img>"]', kind: 'removed', before: 'x' },
    ]);
  });

  it('tells a change of type apart and finds nothing between equal bodies', () => {
    expect(diffBodies({ a: { b: 1 } }, { a: 'text' })).toEqual([{ path: 'a', kind: 'changed', before: { b: 1 }, after: 'text' }]);
    expect(diffBodies('{"a":[{"b":1}]}', { a: [{ b: 1 }] })).toEqual([]);
  });

  it('compares bodies that are not JSON as whole text', () => {
    expect(diffBodies('name=a', 'name=b')).toEqual([{ path: WHOLE_BODY_PATH, kind: 'changed', before: 'name=a', after: 'name=b' }]);
  });
});

describe('configurationFields', () => {
  it('lists every field a body sets', () => {
    expect(configurationFields('{"tracker_name":"t","obs_info":{"bucket_name":"b"},"data_event":["READ"]}')).toEqual([
      { path: 'tracker_name', value: 't' },
      { path: 'obs_info.bucket_name', value: 'b' },
      { path: 'data_event', value: ['READ'] },
    ]);
    expect(configurationFields('plain text')).toEqual([{ path: WHOLE_BODY_PATH, value: 'plain text' }]);
    expect(configurationFields(undefined)).toEqual([]);
  });
});

describe('describeFieldValue', () => {
  it('writes values as JSON so that empty text and absent fields read apart', () => {
    expect(describeFieldValue('')).toBe('""');
    expect(describeFieldValue(undefined)).toBe('—');
    expect(describeFieldValue({ a: 1 })).toBe('{"a":1}');
  });
});
