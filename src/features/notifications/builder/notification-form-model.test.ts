import { describe, expect, it } from 'vitest';
import type { Notification, FilterField } from '@/api/contract/types';
import { FILTER_FIELDS, FILTER_OPERATORS, FILTER_TRACE_TYPES } from '@/api/contract/enums';
import {
  EMPTY_FORM,
  filterRowText,
  fromNotification,
  groupOperations,
  toCreateRequest,
  toFilterRow,
  toUpdateRequest,
} from './notification-form-model';

/** Values each field accepts (L797), including spaces and `=` where the field allows free text. */
const VALUES: Record<FilterField, string[]> = {
  api_version: ['v1.0', 'v2_beta-1'],
  code: ['200', 'error = 500', 'a != b', 'two words'],
  trace_rating: ['normal', 'warning', 'incident'],
  trace_type: [...FILTER_TRACE_TYPES],
  resource_id: ['i-123', 'id with spaces = and equals'],
  resource_name: ['my server', 'a = b != c', 'x=y'],
};

describe('filter rule string ↔ rule row', () => {
  for (const field of FILTER_FIELDS) {
    for (const operator of FILTER_OPERATORS) {
      for (const value of VALUES[field]) {
        const text = `${field} ${operator} ${value}`;
        it(`round-trips "${text}" through an editable row`, () => {
          const row = toFilterRow(text);
          expect(row).toEqual({ kind: 'rule', field, operator, value });
          expect(filterRowText(row)).toBe(text);
        });
      }
    }
  }

  it.each([
    ['code=200', 'no spaces around the operator'],
    ['status != 200', 'an unknown field'],
    ['trace_rating = fatal', 'a value outside the pick list'],
    ['resource_name =  two leading spaces', 'a value starting with a space'],
    ['api_version = v 1', 'an api_version with a space'],
  ])('keeps "%s" (%s) as a read-only row, sent back verbatim', (text) => {
    const row = toFilterRow(text);
    expect(row.kind).toBe('raw');
    expect(filterRowText(row)).toBe(text);
  });
});

const stored: Notification = {
  notification_id: 'n-1',
  notification_name: 'ecs_watch',
  notification_type: 'smn',
  operation_type: 'customized',
  operations: [
    { service_type: 'ECS', resource_type: 'ecs', trace_names: ['createServer', 'deleteServer'] },
    { service_type: 'CSBS', resource_type: 'backupPolicy', trace_names: ['deleteBackupPolicy'] },
  ],
  notify_user_list: [
    { user_group: 'ops', user_list: ['alice.chen'] },
    { user_group: 'CTS view', user_list: ['bob.martin', 'carol_zhang'] },
  ],
  status: 'enabled',
  topic_id: 'urn:smn:ap-southeast-1:p0123456789abcdef:ops_alerts',
  project_id: 'p',
  create_time: 1,
  filter: { condition: 'OR', is_support_filter: true, rule: ['resource_name = a = b', 'code=500', 'trace_rating != normal'] },
  agency_name: 'cts_admin_trust',
};

describe('fromNotification / toUpdateRequest', () => {
  it('restores every choice and writes the same notification back, unreadable rules included', () => {
    const values = fromNotification(stored);
    expect(values.filterRules.map((row) => row.kind)).toEqual(['rule', 'raw', 'rule']);
    expect(toUpdateRequest(values, 'n-1')).toEqual({
      notification_id: 'n-1',
      notification_name: 'ecs_watch',
      operation_type: 'customized',
      operations: stored.operations,
      notify_user_list: stored.notify_user_list,
      topic_id: stored.topic_id,
      filter: stored.filter,
      agency_name: 'cts_admin_trust',
      status: 'enabled',
    });
  });

  it('writes a notification without a topic as disabled (L1054)', () => {
    const values = { ...fromNotification(stored), topicId: '  ' };
    const body = toUpdateRequest(values, 'n-1');
    expect(body.status).toBe('disabled');
    expect(body).not.toHaveProperty('topic_id');
  });

  it('keeps the rules of a filter that is off', () => {
    const values = { ...fromNotification(stored), filterEnabled: false };
    expect(toUpdateRequest(values, 'n-1').filter).toEqual({ ...stored.filter, is_support_filter: false });
  });
});

describe('toCreateRequest', () => {
  it('sends no operations for complete (L768), no empty filter, and the agency', () => {
    const body = toCreateRequest({ ...EMPTY_FORM, name: 'all', operationType: 'complete', operations: [{ service_type: 'ECS', resource_type: 'ecs', trace_name: 'createServer' }] });
    expect(body).toEqual({ notification_name: 'all', operation_type: 'complete', agency_name: 'cts_admin_trust' });
  });

  it('groups chosen trace names by service and resource type, in the order chosen', () => {
    expect(
      groupOperations([
        { service_type: 'ECS', resource_type: 'ecs', trace_name: 'deleteServer' },
        { service_type: 'CSBS', resource_type: 'backupPolicy', trace_name: 'deleteBackupPolicy' },
        { service_type: 'ECS', resource_type: 'ecs', trace_name: 'createServer' },
      ]),
    ).toEqual([
      { service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer', 'createServer'] },
      { service_type: 'CSBS', resource_type: 'backupPolicy', trace_names: ['deleteBackupPolicy'] },
    ]);
  });
});
