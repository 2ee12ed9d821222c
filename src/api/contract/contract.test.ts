// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import * as enums from './enums';
import { CTS_ERROR_CODES, ERROR_CODES, MOCK_ERROR_CODES, isErrorCode } from './error-codes';
import { IAM_PERMISSIONS, iamPermissionOf } from './iam-actions';
import type {
  CreateTrackerRequestBody,
  ListTracesResponse,
  Trace,
  Tracker,
  TrackerType,
  components,
  operations as Operations,
} from './types';

const contractDir = path.resolve(process.cwd(), 'src/api/contract');
const yamlPath = path.join(contractDir, 'cts.openapi.yaml');
const yamlText = readFileSync(yamlPath, 'utf8');
const referenceLines = readFileSync(
  path.resolve(process.cwd(), '../shared/seeds/004_b5cb1368e3ca5db9.txt'),
  'utf8',
).split('\n');

interface SchemaNode {
  type?: string | string[];
  enum?: (string | number)[];
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}
interface OperationNode {
  operationId: string;
  security?: unknown[];
  tags?: string[];
  requestBody?: { required?: boolean; content: Record<string, unknown> };
  responses: Record<string, { $ref?: string; content?: unknown }>;
  'x-mock-extension'?: boolean;
}
interface OpenApiDoc {
  openapi: string;
  info: { 'x-mock-error-codes': Record<string, { status: number; message: string }> };
  paths: Record<string, Record<string, OperationNode | unknown[]>>;
  components: { schemas: Record<string, SchemaNode>; responses: Record<string, { 'x-mock-extension'?: boolean }> };
}

const doc = parse(yamlText) as OpenApiDoc;
const schemas = doc.components.schemas;
const methods = ['get', 'post', 'put', 'delete'] as const;
const operations = Object.entries(doc.paths).flatMap(([route, item]) =>
  methods.flatMap((method) => {
    const operation = item[method] as OperationNode | undefined;
    return operation ? [{ route, method, operation }] : [];
  }),
);
const operationById = (id: string) => {
  const found = operations.find(({ operation }) => operation.operationId === id);
  if (!found) {
    throw new Error(`no operation ${id}`);
  }
  return found;
};
const schema = (name: string): SchemaNode => {
  const found = schemas[name];
  if (!found) {
    throw new Error(`no schema ${name}`);
  }
  return found;
};

/** Spec-notes table 1.1: method, path and success status of every operation of the reference. */
const REFERENCE_OPERATIONS = {
  createNotification: ['post', '/v3/{project_id}/notifications', '201'],
  updateNotification: ['put', '/v3/{project_id}/notifications', '200'],
  deleteNotification: ['delete', '/v3/{project_id}/notifications', '204'],
  listNotifications: ['get', '/v3/{project_id}/notifications/{notification_type}', '200'],
  listTraces: ['get', '/v3/{project_id}/traces', '200'],
  createTracker: ['post', '/v3/{project_id}/tracker', '201'],
  updateTracker: ['put', '/v3/{project_id}/tracker', '200'],
  listTrackers: ['get', '/v3/{project_id}/trackers', '200'],
  deleteTracker: ['delete', '/v3/{project_id}/trackers', '204'],
  listQuotas: ['get', '/v3/{project_id}/quotas', '200'],
  listOperations: ['get', '/v3/{project_id}/operations', '200'],
  listUserResources: ['get', '/v3/{project_id}/user-resources', '200'],
  checkObsBuckets: ['post', '/v3/{domain_id}/checkbucket', '200'],
  listTraceResources: ['get', '/v3/{domain_id}/resources', '200'],
  batchCreateResourceTags: ['post', '/v3/{project_id}/{resource_type}/{resource_id}/tags/create', '200'],
  batchDeleteResourceTags: ['delete', '/v3/{project_id}/{resource_type}/{resource_id}/tags/delete', '204'],
} as const;
const BODYLESS_SUCCESS = ['updateTracker', 'deleteNotification', 'deleteTracker', 'batchCreateResourceTags', 'batchDeleteResourceTags'];
const EXTENSIONS = ['listTrackerTags', 'getMockState', 'resetMock', 'putMockFaults', 'injectMockTraces'];

describe('cts.openapi.yaml', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('has exactly the 16 operations of the reference plus the marked mock extensions', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect([...ids].sort()).toEqual([...Object.keys(REFERENCE_OPERATIONS), ...EXTENSIONS].sort());
    for (const { operation } of operations) {
      expect(operation['x-mock-extension'] === true, operation.operationId).toBe(EXTENSIONS.includes(operation.operationId));
    }
  });

  it('gives every reference operation its method, path and success status (spec-notes 1.1)', () => {
    for (const [id, [method, route, success]] of Object.entries(REFERENCE_OPERATIONS)) {
      const found = operationById(id);
      expect([found.method, found.route], id).toEqual([method, route]);
      const statuses = Object.keys(found.operation.responses);
      expect(statuses.filter((status) => status.startsWith('2')), id).toEqual([success]);
      const hasBody = found.operation.responses[success]?.content !== undefined;
      expect(hasBody, id).toBe(!BODYLESS_SUCCESS.includes(id));
    }
  });

  it('lists the error statuses of each status table, 400 of the tag calls marked as the mock’s', () => {
    for (const id of Object.keys(REFERENCE_OPERATIONS)) {
      const { responses } = operationById(id).operation;
      const errors = Object.keys(responses).filter((status) => !status.startsWith('2'));
      const expected = id === 'listTrackers' ? ['400', '401', '403', '500', '503'] : ['400', '401', '403', '404', '500', '503'];
      expect(errors, id).toEqual(expected);
      const badRequest = responses['400']?.$ref?.split('/').pop() ?? '';
      const isTagCall = id.startsWith('batch');
      expect(doc.components.responses[badRequest]?.['x-mock-extension'] === true, id).toBe(isTagCall);
    }
  });

  it('sends a JSON body on batchDeleteResourceTags and none on the other DELETE calls', () => {
    expect(operationById('batchDeleteResourceTags').operation.requestBody?.content).toHaveProperty(['application/json']);
    expect(operationById('deleteTracker').operation.requestBody).toBeUndefined();
    expect(operationById('deleteNotification').operation.requestBody).toBeUndefined();
  });

  it('leaves the mock control API unauthenticated and under its own tag', () => {
    for (const { route, operation } of operations.filter(({ route }) => route.startsWith('/mock/'))) {
      expect(operation.security, route).toEqual([]);
      expect(operation.tags, route).toEqual(['Mock control']);
    }
  });

  it('cites only lines that exist in the reference', () => {
    const cited = [...yamlText.matchAll(/L(\d{2,4})\b/g)].map((match) => Number(match[1]));
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((line) => line < 1 || line > referenceLines.length)).toEqual([]);
  });

  it('resolves the reference’s ambiguities as spec-notes decides', () => {
    expect(Object.keys(schema('Tracker').properties ?? {})).toContain('is_support_validate');
    expect(Object.keys(schema('Tracker').properties ?? {})).not.toContain('is_support_validation');
    for (const field of ['code', 'request', 'response', 'message']) {
      expect(schema('Trace').properties?.[field]?.type, field).toBe('string');
    }
    expect(schema('MetaData').properties?.marker?.type).toEqual(['string', 'null']);
    expect(schema('TrackerStatus').enum).toEqual(['enabled', 'disabled', 'error']);
  });
});

describe('patterns of the contract', () => {
  const regex = (source: string | undefined) => new RegExp(source ?? '(?!)', 'u');
  const cases: [string, string | undefined, string[], string[]][] = [
    ['bucket name (L1900)', schema('BucketName').pattern, ['test-bucket', 'ctest0423', 'a.b-c'], ['saveTraceBucket', 'test_tracker', 'ab', '-abc']],
    ['file prefix (L1901)', schema('TrackerObsInfo').properties?.file_prefix_name?.pattern, ['', '11', 'a.b_c-d'], ['yO8Q ', 'a/b']],
    ['trace name (L1639)', schema('Trace').properties?.trace_name?.pattern, ['deleteEip', 'createServerV2', 'a.b_c-d'], ['1abc', '_x', '']],
    ['api_version value (choice 4)', schema('NotificationFilterRuleValues').properties?.api_version?.pattern, ['v1.0', '2.0', 'v_1-2'], ['', 'v 1']],
    ['tag key (L3347, choices 5–6)', schema('Tag').properties?.key?.pattern, ['111', 'a.b', 'é_1 :/=+-@', '键'], ['_sys_a', ' a', 'a ', 'a#']],
    ['tag value (L3348)', schema('Tag').properties?.value?.pattern, ['', '33', 'x y'], [' a', 'a ', 'a*']],
    [
      'topic URN (L771, choice 32)',
      schema('TopicUrn').pattern,
      [
        'urn:smn:cn-north-4:f96188c7ccaf4ffba0c9aa149ab2bd57:test_topic_v2',
        'urn:fss:xxxxxxxx:7aad83af3e8d42e99ac194e8419e2c9b:function:default:test',
        'urn:smn:ap-southeast-1:p0123456789abcdef:alerts',
      ],
      ['urn:smn:r:p', 'urn:fss:r:p:function:default', 'arn:smn:r:p:t'],
    ],
    [
      'filter rule (L797)',
      schema('NotificationFilter').properties?.rule?.items?.pattern,
      ['code != 200', 'api_version = v1.0', 'resource_name = my disk'],
      ['status = 1', 'code ~ 200', 'code ='],
    ],
  ];
  it.each(cases)('%s', (_name, pattern, valid, invalid) => {
    expect(pattern).toBeDefined();
    for (const value of valid) {
      expect(regex(pattern).test(value), value).toBe(true);
    }
    for (const value of invalid) {
      expect(regex(pattern).test(value), value).toBe(false);
    }
  });
});

describe('cts.d.ts', () => {
  it('is exactly what openapi-typescript generates from the YAML (run `npm run generate:api`)', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(pathToFileURL(yamlPath), { silent: true }));
    const committed = readFileSync(path.join(contractDir, 'cts.d.ts'), 'utf8');
    const normalise = (text: string) => text.replace(/\r\n/g, '\n').replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trimEnd();
    expect(normalise(committed)).toBe(normalise(generated));
  });

  it('types the operations’ bodies and the aliases from the contract', () => {
    expectTypeOf<Operations['listTraces']['responses'][200]['content']['application/json']>().toEqualTypeOf<ListTracesResponse>();
    expectTypeOf<Operations['createTracker']['responses'][201]['content']['application/json']>().toEqualTypeOf<Tracker>();
    expectTypeOf<NonNullable<Operations['updateTracker']['responses'][200]['content']>>().toBeNever();
    expectTypeOf<Operations['createTracker']['requestBody']['content']['application/json']>().toEqualTypeOf<CreateTrackerRequestBody>();
    expectTypeOf<NonNullable<Operations['listTraces']['requestBody']>>().toBeNever();
    expectTypeOf<components['schemas']['MetaData']['marker']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Trace['code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<(typeof enums.TRACKER_TYPES)[number]>().toEqualTypeOf<TrackerType>();
  });
});

describe('types.ts', () => {
  it('names every alias after a component schema', () => {
    const source = readFileSync(path.join(contractDir, 'types.ts'), 'utf8');
    const aliases = [...source.matchAll(/^export type (\w+) = components\['schemas'\]\['(\w+)'\];$/gm)];
    expect(aliases.length).toBeGreaterThan(0);
    for (const [, alias, name] of aliases) {
      expect(alias).toBe(name);
      expect(Object.keys(schemas)).toContain(name);
    }
  });
});

describe('enums.ts', () => {
  const bySchema: [keyof typeof enums, string][] = [
    ['TRACKER_TYPES', 'TrackerType'],
    ['TRACKER_UPDATE_STATUSES', 'TrackerUpdateStatus'],
    ['TRACE_TYPES', 'TraceType'],
    ['MANAGEMENT_TRACE_SOURCES', 'ManagementTraceSource'],
    ['DATA_TRACE_SOURCES', 'DataTraceSource'],
    ['TRACE_RATINGS', 'TraceRating'],
    ['DATA_EVENTS', 'DataEvent'],
    ['BUCKET_LIFECYCLES', 'BucketLifecycle'],
    ['COMPRESS_TYPES', 'CompressType'],
    ['AGENCY_NAMES', 'AgencyName'],
    ['EXCLUDE_SERVICES', 'ExcludeService'],
    ['NOTIFICATION_TYPES', 'NotificationType'],
    ['NOTIFICATION_STATUSES', 'NotificationStatus'],
    ['OPERATION_TYPES', 'OperationType'],
    ['FILTER_CONDITIONS', 'FilterCondition'],
    ['FILTER_OPERATORS', 'FilterOperator'],
    ['TAG_RESOURCE_TYPES', 'TagResourceType'],
  ];
  /** Enumerations no console or mock code lists: their values, as the generated types have them. */
  const unlisted: [string, (string | number)[]][] = [
    ['DeletableTrackerType', ['data']],
    ['TrackerStatus', ['enabled', 'disabled', 'error']],
    ['TrackerErrorDetail', ['bucketPolicyError', 'noBucket', 'arrears']],
    ['QuotaType', ['data_tracker', 'system_tracker']],
  ];

  it.each(bySchema)('%s equals the enumeration of %s', (constant, schemaName) => {
    expect(enums[constant]).toEqual(schema(schemaName).enum);
  });

  it.each(unlisted)('%s has the values %j', (schemaName, values) => {
    expect(schema(schemaName).enum).toEqual(values);
  });

  it('types the unlisted enumerations with the same values', () => {
    type Schemas = components['schemas'];
    expectTypeOf<Schemas['DeletableTrackerType']>().toEqualTypeOf<'data'>();
    expectTypeOf<Schemas['TrackerStatus']>().toEqualTypeOf<'enabled' | 'disabled' | 'error'>();
    expectTypeOf<Schemas['TrackerErrorDetail']>().toEqualTypeOf<'bucketPolicyError' | 'noBucket' | 'arrears'>();
    expectTypeOf<Schemas['QuotaType']>().toEqualTypeOf<'data_tracker' | 'system_tracker'>();
  });

  it('covers every enumeration schema of the YAML', () => {
    const enumSchemas = Object.entries(schemas).filter(([, node]) => node.enum !== undefined).map(([name]) => name);
    const covered = [...bySchema.map(([, name]) => name), ...unlisted.map(([name]) => name), 'CtsOperationId'];
    expect(covered.sort()).toEqual(enumSchemas.sort());
  });

  it('FILTER_FIELDS are the fields of a filter rule', () => {
    expect(enums.FILTER_FIELDS).toEqual(Object.keys(schema('NotificationFilterRuleValues').properties ?? {}));
  });

  it('CtsOperationId lists the /v3 operations', () => {
    const v3 = operations.filter(({ route }) => route.startsWith('/v3/')).map(({ operation }) => operation.operationId);
    expect([...(schema('CtsOperationId').enum ?? [])].sort()).toEqual(v3.sort());
  });
});

describe('error-codes.ts', () => {
  const tableRows = referenceLines
    .map((line) => /^(\d{3})\t([A-Z]+\.\d{4})\t([^\t]+)\t/.exec(line))
    .filter((match) => match !== null)
    .map(([, status, code, message]) => ({ status: Number(status), code, message }));

  it('holds the whole error table of the reference, statuses and messages verbatim', () => {
    expect(tableRows).toHaveLength(35);
    expect(Object.keys(CTS_ERROR_CODES).sort()).toEqual(tableRows.map(({ code }) => code).sort());
    for (const { status, code, message } of tableRows) {
      expect(CTS_ERROR_CODES[code as keyof typeof CTS_ERROR_CODES], code).toEqual({ status, message });
    }
  });

  it('documents the mock’s own codes in the YAML and keeps them out of CTS’s numbering', () => {
    expect(MOCK_ERROR_CODES).toEqual(
      Object.fromEntries(
        Object.entries(doc.info['x-mock-error-codes']).map(([code, { status, message }]) => [code, { status, message }]),
      ),
    );
    for (const code of Object.keys(MOCK_ERROR_CODES)) {
      expect(referenceLines.join('\n'), code).not.toContain(code);
      expect(code).not.toMatch(/^CTS\.\d{4}$/);
    }
  });

  it('merges both tables and recognises codes', () => {
    expect(Object.keys(ERROR_CODES)).toHaveLength(35 + Object.keys(MOCK_ERROR_CODES).length);
    expect(ERROR_CODES['APIGW.0301'].status).toBe(401);
    expect(isErrorCode('CTS.0214')).toBe(true);
    expect(isErrorCode('CTS.0230')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});

describe('iam-actions.ts', () => {
  const iamRows = referenceLines.filter((line) => /\t(GET|POST|PUT|DELETE) \/v3\//.test(line));

  it('maps each operation to the action and related actions of its IAM row', () => {
    for (const [id, permission] of Object.entries(IAM_PERMISSIONS)) {
      const { method, route } = operationById(id);
      const row = iamRows.find((line) => line.includes(`\t${method.toUpperCase()} ${route}\t${permission.action}\t`));
      expect(row, id).toBeDefined();
      for (const related of permission.relatedActions) {
        expect(row, `${id} ${related}`).toContain(related);
      }
    }
  });

  it('maps every /v3 row of the IAM table, and nothing else', () => {
    expect(iamRows).toHaveLength(Object.keys(IAM_PERMISSIONS).length);
    expect(iamPermissionOf('createTracker')?.action).toBe('cts:tracker:create');
    expect(iamPermissionOf('createNotification')).toBeUndefined();
    expect(iamPermissionOf('getMockState')).toBeUndefined();
  });
});
