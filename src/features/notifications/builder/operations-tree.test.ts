import { describe, expect, it } from 'vitest';
import { buildTree, filterTree } from '@/features/notifications/builder/operations-tree';

const OPERATIONS = [
  { service_type: 'ECS', resource_type: 'ecs', operation_list: ['createServer', 'deleteServer'] },
  { service_type: 'ECS', resource_type: 'server', operation_list: ['deleteServer'] },
  { service_type: 'DCS', resource_type: 'instance', operation_list: ['flushInstance', 'flushInstance'] },
  { service_type: 'AOM', resource_type: 'pe', operation_list: [] },
  { service_type: 'VPC', resource_type: 'eip' },
];

const names = (tree: ReturnType<typeof buildTree> | readonly ReturnType<typeof buildTree>[number][]) =>
  tree.flatMap((service) => service.resource_types.flatMap((rt) => rt.traces.map((trace) => `${service.service_type}/${rt.resource_type}/${trace.trace_name}`)));

describe('the operations tree', () => {
  it('holds what /operations lists, services sorted, with catalog descriptions where the catalog knows the trace name', () => {
    const tree = buildTree(OPERATIONS);
    expect(tree.map((service) => service.service_type)).toEqual(['DCS', 'ECS']);
    expect(names(tree)).toEqual(['DCS/instance/flushInstance', 'ECS/ecs/createServer', 'ECS/ecs/deleteServer', 'ECS/server/deleteServer']);
    const ecs = tree[1];
    expect(ecs?.name).toBe('Elastic Cloud Server');
    expect(ecs?.resource_types[0]?.traces[1]?.operations.join(' ')).toMatch(/delet/i);
    const dcs = tree[0];
    expect(dcs?.name).toBe('DCS');
    expect(dcs?.resource_types[0]?.traces).toEqual([{ trace_name: 'flushInstance', operations: [] }]);
  });

  it('finds a trace name by every word of a search, across names and descriptions', () => {
    const tree = buildTree(OPERATIONS);
    expect(names(filterTree(tree, 'delete server'))).toEqual(['ECS/ecs/deleteServer', 'ECS/server/deleteServer']);
    expect(names(filterTree(tree, '  DELETE   ecs '))).toEqual(['ECS/ecs/deleteServer', 'ECS/server/deleteServer']);
    expect(names(filterTree(tree, 'elastic create'))).toEqual(['ECS/ecs/createServer']);
    expect(names(filterTree(tree, 'flush'))).toEqual(['DCS/instance/flushInstance']);
    expect(filterTree(tree, 'delete flush')).toEqual([]);
    expect(filterTree(tree, '   ')).toBe(tree);
  });
});
