import { describe, expect, it } from 'vitest';
import type { Notification } from '@/api/contract/types';
import { neverFiresReasons } from '@/features/notifications/never-fires';

const notification: Notification = {
  notification_id: 'n-1',
  notification_name: 'ops',
  notification_type: 'smn',
  operation_type: 'customized',
  operations: [{ service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer'] }],
  notify_user_list: [],
  status: 'enabled',
  topic_id: 'urn:smn:ap-southeast-1:p:ops',
  project_id: 'p',
  create_time: 0,
};

describe('notifications that can never fire', () => {
  it('finds none wrong with a topic and listed operations, or every operation', () => {
    expect(neverFiresReasons(notification)).toEqual([]);
    expect(neverFiresReasons({ ...notification, operation_type: 'complete', operations: [] })).toEqual([]);
  });

  it('names a missing topic or function, and custom operations left empty', () => {
    expect(neverFiresReasons({ ...notification, topic_id: undefined })).toEqual(['no SMN topic to publish to']);
    expect(neverFiresReasons({ ...notification, notification_type: 'fun', topic_id: '' })).toEqual(['no function to call']);
    expect(neverFiresReasons({ ...notification, operations: [] })).toEqual(['custom operations chosen, but none listed']);
    expect(neverFiresReasons({ ...notification, operations: [{ service_type: 'ECS', resource_type: 'ecs', trace_names: [] }] })).toEqual([
      'custom operations chosen, but none listed',
    ]);
  });
});
