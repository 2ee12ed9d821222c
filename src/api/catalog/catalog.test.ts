// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { catalog, catalogOperations, describeTrace, listResourceTypes } from '@/api/catalog/catalog';
import type { CatalogResourceType, CatalogService } from '@/api/catalog/catalog-types';
import { csbsCatalog } from '@/api/catalog/csbs-data';
import { ecsCatalog } from '@/api/catalog/ecs-data';
import { imsCatalog } from '@/api/catalog/ims-data';
import { modelArtsCatalog } from '@/api/catalog/modelarts-data';
import { referenceCatalogs } from '@/api/catalog/reference-data';

// The seeds are parsed here, independently of the data files, so that a transcription slip fails.

const seedsDir = path.resolve(process.cwd(), '../shared/seeds');

function readSeed(prefix: string): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(`${prefix}_`));
  if (!file) {
    throw new Error(`seed ${prefix} not found in ${seedsDir}`);
  }
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

interface SeedRow {
  operations: string[];
  resource_type: string;
  trace_names: string[];
}

interface SeedTable {
  header: string[];
  rows: SeedRow[];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function toRow(cells: string[][]): SeedRow {
  expect(cells).toHaveLength(3);
  const [operations = [], resourceTypes = [], traceNames = []] = cells;
  expect(resourceTypes).toHaveLength(1);
  expect(operations.length).toBeGreaterThan(0);
  expect(traceNames.length).toBeGreaterThan(0);
  return { operations, resource_type: resourceTypes[0] ?? '', trace_names: traceNames };
}

// ---- HTML tables (seeds 000, 003): one <p> per paragraph inside each cell.

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function htmlParagraphs(cellHtml: string): string[] {
  return [...cellHtml.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) => collapse(decodeEntities((m[1] ?? '').replace(/<[^>]*>/g, ''))))
    .filter((text) => text.length > 0);
}

function parseHtmlTables(text: string): SeedTable[] {
  return [...text.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map((table) => {
    const inner = table[1] ?? '';
    const thead = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(inner)?.[1] ?? '';
    const header = [...thead.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
      htmlParagraphs(m[1] ?? '').join(' '),
    );
    const tbody = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(inner)?.[1] ?? '';
    const rows = [...tbody.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      toRow([...(tr[1] ?? '').matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((td) => htmlParagraphs(td[1] ?? ''))),
    );
    return { header, rows };
  });
}

// ---- reStructuredText tables (seeds 001, 002): grid tables and simple tables.

function paragraphs(lines: string[]): string[] {
  const result: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() === '') {
      if (current.length > 0) {
        result.push(collapse(current.join(' ')));
      }
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  return result;
}

/** Slices a line at column starts; each cell runs to the next start (the last to the end). */
function sliceColumns(line: string, starts: number[]): string[] {
  return starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length));
}

function parseGridTable(lines: string[]): SeedTable {
  const border = lines[0] ?? '';
  const plusAt = [...border.matchAll(/\+/g)].map((m) => m.index);
  // Cell i lies strictly between border characters i and i + 1.
  const cellStarts = plusAt.slice(0, -1).map((p) => p + 1);
  const cellsOf = (line: string): string[] =>
    cellStarts.map((start, i) => line.slice(start, plusAt[i + 1] ?? line.length));
  const blocks: { lines: string[]; isHeader: boolean }[] = [];
  let current: string[] = [];
  for (const line of lines.slice(1)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('+')) {
      expect(current.length).toBeGreaterThan(0);
      blocks.push({ lines: current, isHeader: trimmed.startsWith('+=') });
      current = [];
    } else {
      expect(trimmed.startsWith('|') && trimmed.endsWith('|')).toBe(true);
      current.push(line);
    }
  }
  expect(current).toEqual([]);
  const toCells = (block: string[]): string[][] =>
    cellStarts.map((_, i) => paragraphs(block.map((line) => cellsOf(line)[i] ?? '')));
  const headerBlocks = blocks.filter((b) => b.isHeader);
  expect(headerBlocks).toHaveLength(1);
  const header = toCells(headerBlocks[0]?.lines ?? []).map((cell) => cell.join(' '));
  const rows = blocks.filter((b) => !b.isHeader).map((b) => toRow(toCells(b.lines)));
  return { header, rows };
}

function parseSimpleTable(lines: string[]): SeedTable {
  const borderAt = lines.flatMap((line, i) => (/^=+( +=+)*$/.test(line.trim()) ? [i] : []));
  expect(borderAt).toHaveLength(3);
  const [top = 0, middle = 0, bottom = 0] = borderAt;
  const starts = [...(lines[top] ?? '').matchAll(/=+/g)].map((m) => m.index);
  const header = sliceColumns(lines[top + 1] ?? '', starts).map(collapse);
  expect(middle).toBe(top + 2);
  const rows = lines
    .slice(middle + 1, bottom)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = sliceColumns(line, starts).map(collapse);
      // A blank first cell would be a continuation line, which these tables do not have.
      expect(cells[0]).not.toBe('');
      return toRow(cells.map((cell) => [cell]));
    });
  return { header, rows };
}

/** Every `.. table::` directive in document order, with its indented body. */
function parseRstTables(text: string): SeedTable[] {
  const lines = text.split(/\r?\n/);
  const tables: SeedTable[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('.. table::')) {
      return;
    }
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]?.trim() === '') {
      j += 1;
    }
    while (j < lines.length && (lines[j]?.startsWith(' ') ?? false)) {
      body.push(lines[j] ?? '');
      j += 1;
    }
    const first = body[0]?.trim() ?? '';
    tables.push(first.startsWith('+') ? parseGridTable(body) : parseSimpleTable(body));
  });
  return tables;
}

/** Merges table rows into resource types and trace names, both in order of first appearance. */
function resourceTypesFrom(rows: SeedRow[]): CatalogResourceType[] {
  const byType = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    const traces = byType.get(row.resource_type) ?? new Map<string, string[]>();
    byType.set(row.resource_type, traces);
    for (const name of row.trace_names) {
      traces.set(name, [...(traces.get(name) ?? []), ...row.operations]);
    }
  }
  return [...byType].map(([resourceType, traces]) => ({
    resource_type: resourceType,
    traces: [...traces].map(([traceName, operations]) => ({ trace_name: traceName, operations })),
  }));
}

const seedTables = {
  ims: parseHtmlTables(readSeed('000')),
  ecs: parseRstTables(readSeed('001')),
  modelArts: parseRstTables(readSeed('002')),
  csbs: parseHtmlTables(readSeed('003')),
};

const seedCatalogs: [string, SeedTable[], CatalogService][] = [
  ['IMS (seeds/000)', seedTables.ims, imsCatalog],
  ['ECS (seeds/001)', seedTables.ecs, ecsCatalog],
  ['ModelArts (seeds/002)', seedTables.modelArts, modelArtsCatalog],
  ['CSBS (seeds/003)', seedTables.csbs, csbsCatalog],
];

/** The trace names of a resource type, as the mock's /operations lists them; empty when unknown. */
function listTraceNames(serviceType: string, resourceType: string): readonly string[] {
  const item = catalogOperations().find((o) => o.service_type === serviceType && o.resource_type === resourceType);
  return item?.operation_list ?? [];
}

/** Where /operations lists a trace name, as "service/resource type". */
const placesOf = (traceName: string): string[] =>
  catalogOperations()
    .filter((o) => o.operation_list.includes(traceName))
    .map((o) => `${o.service_type}/${o.resource_type}`);

const serviceTypes = (): string[] => catalog.map((service) => service.service_type);

const countTraces = (service: CatalogService): number =>
  service.resource_types.reduce((sum, rt) => sum + rt.traces.length, 0);

describe('seed parsers', () => {
  it('find every table and every row of the seeds', () => {
    expect(seedTables.ims.map((t) => t.rows.length)).toEqual([12]);
    expect(seedTables.ecs.map((t) => t.rows.length)).toEqual([32]);
    expect(seedTables.modelArts.map((t) => t.rows.length)).toEqual([14, 4, 14, 6, 11]);
    expect(seedTables.csbs.map((t) => t.rows.length)).toEqual([15]);
    for (const [prefix, tables] of [
      ['000', seedTables.ims],
      ['003', seedTables.csbs],
    ] as const) {
      const rowTags = readSeed(prefix).split('<tbody>')[1]?.match(/<tr\b/g) ?? [];
      expect(tables.reduce((sum, t) => sum + t.rows.length, 0)).toBe(rowTags.length);
    }
  });

  it('read the columns in the order operation, resource type, trace name', () => {
    for (const [, tables] of seedCatalogs) {
      for (const table of tables) {
        expect(table.header[0]).toBe('Operation');
        expect(table.header[1]).toBe('Resource Type');
        // The ECS seed heads its third column "Event Name".
        expect(['Trace Name', 'Event Name']).toContain(table.header[2]);
      }
    }
  });

  it('keep multi-paragraph cells as several operations or trace names', () => {
    expect(seedTables.ims[0]?.rows[0]?.operations).toEqual([
      'Creating an image from an image file',
      'Creating a full-ECS image',
    ]);
    expect(seedTables.ecs[0]?.rows[0]?.trace_names).toEqual(['createServer', 'createServerV2']);
  });
});

describe.each(seedCatalogs)('%s transcription', (_label, tables, service) => {
  const expected = resourceTypesFrom(tables.flatMap((t) => t.rows));

  it('has the resource types of the seed, in order', () => {
    expect(service.resource_types.map((rt) => rt.resource_type)).toEqual(
      expected.map((rt) => rt.resource_type),
    );
  });

  it('has exactly the trace names of each resource type', () => {
    for (const rt of expected) {
      expect(listTraceNames(service.service_type, rt.resource_type)).toEqual(
        rt.traces.map((t) => t.trace_name),
      );
    }
  });

  it('has the operation descriptions of each trace name', () => {
    expect(service.resource_types).toEqual(expected);
  });
});

describe('seed catalogs', () => {
  it('have the expected sizes', () => {
    const sizes = (service: CatalogService) =>
      Object.fromEntries(service.resource_types.map((rt) => [rt.resource_type, rt.traces.length]));
    expect(sizes(ecsCatalog)).toEqual({ ecs: 31, aei: 5, server: 1 });
    expect(sizes(imsCatalog)).toEqual({ ims: 11, evs: 1 });
    expect(sizes(csbsCatalog)).toEqual({
      backupPolicy: 7,
      checkpointItem: 6,
      cloudServer: 1,
      operationLog: 1,
    });
    expect(sizes(modelArtsCatalog)).toEqual({
      dataset: 14,
      Notebook: 3,
      ModelArtsTrainJob: 6,
      ModelArtsTrainConfig: 3,
      ModelArtsTensorboardJob: 5,
      model: 3,
      convert: 3,
      service: 6,
      cluster: 5,
    });
    expect([ecsCatalog, imsCatalog, csbsCatalog, modelArtsCatalog].map(countTraces)).toEqual([
      37, 12, 15, 48,
    ]);
  });

  it('keep the services’ typos and shared trace names verbatim', () => {
    expect(listTraceNames('IMS', 'ims')).toContain('deleteMemeber');
    expect(listTraceNames('ModelArts', 'ModelArtsTensorboardJob')).toContain(
      'restartModelArtsgTensorboardJob',
    );
    expect(describeTrace('ModelArts', 'Notebook', 'change_instance_status')?.operations).toEqual([
      'Starting a notebook instance',
      'Stopping a notebook instance',
    ]);
    expect(describeTrace('IMS', 'evs', 'volume_upload_imageVolume')?.operations).toEqual([
      'Creating an image from an ECS',
    ]);
  });
});

// ---- The API reference (seeds/004): triples named in its JSON examples and query strings.

const reference = readSeed('004');

interface ReferenceTriple {
  service_type: string;
  resource_type: string;
  trace_name: string;
}

function referenceTriples(): ReferenceTriple[] {
  const triples: ReferenceTriple[] = [];
  // JSON objects without nested braces between their keys: split at every brace.
  for (const chunk of reference.split(/[{}]/)) {
    const serviceType = /"service_type"\s*:\s*"([^"]+)"/.exec(chunk)?.[1];
    const resourceType = /"resource_type"\s*:\s*"([^"]+)"/.exec(chunk)?.[1];
    if (!serviceType || !resourceType) {
      continue;
    }
    const single = /"trace_name"\s*:\s*"([^"]+)"/.exec(chunk)?.[1];
    const list = /"(?:trace_names|operation_list)"\s*:\s*\[([^\]]*)\]/.exec(chunk)?.[1];
    const names = [
      ...(single ? [single] : []),
      ...[...(list ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ''),
    ];
    for (const name of names) {
      triples.push({ service_type: serviceType, resource_type: resourceType, trace_name: name });
    }
  }
  for (const m of reference.matchAll(/[?&]([^\s?]*trace_name=[^\s]*)/g)) {
    const query = new URLSearchParams(m[1] ?? '');
    triples.push({
      service_type: query.get('service_type') ?? '',
      resource_type: query.get('resource_type') ?? '',
      trace_name: query.get('trace_name') ?? '',
    });
  }
  return triples;
}

const tripleText = (t: ReferenceTriple): string =>
  `${t.service_type}/${t.resource_type}/${t.trace_name}`;

describe('reference-derived catalog', () => {
  const found = referenceTriples();

  it('finds the reference examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(20);
    expect(found.some((t) => t.service_type === 'cts')).toBe(true);
  });

  it('holds exactly the triples the reference names (service types upper-cased, choice 7)', () => {
    const fromReference = new Set(
      found.map((t) => tripleText({ ...t, service_type: t.service_type.toUpperCase() })),
    );
    const fromData = new Set(
      referenceCatalogs.flatMap((service) =>
        service.resource_types.flatMap((rt) =>
          rt.traces.map((trace) =>
            tripleText({
              service_type: service.service_type,
              resource_type: rt.resource_type,
              trace_name: trace.trace_name,
            }),
          ),
        ),
      ),
    );
    expect([...fromData].sort()).toEqual([...fromReference].sort());
  });

  it('uses trace names that appear verbatim in the reference', () => {
    for (const service of referenceCatalogs) {
      for (const rt of service.resource_types) {
        for (const trace of rt.traces) {
          expect(reference).toContain(`"${trace.trace_name}"`);
        }
      }
    }
  });

  it('lists the CTS resources of the /resources example (L3289)', () => {
    const cts = /"service_type"\s*:\s*"CTS",\s*"resource"\s*:\s*\[([^\]]*)\]/.exec(reference)?.[1];
    const resources = [...(cts ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(resources).toEqual(['trace', 'notification', 'tracker']);
    expect(listResourceTypes('CTS')).toEqual(resources);
  });

  it('describes CTS operations with the reference’s section titles', () => {
    const titles = [...reference.matchAll(/^#+ +[\d.]+ +(.+)$/gm)].map((m) =>
      (m[1] ?? '').trim().toLowerCase(),
    );
    const cts = referenceCatalogs.find((service) => service.service_type === 'CTS');
    const operations = cts?.resource_types.flatMap((rt) => rt.traces.flatMap((t) => t.operations));
    expect(operations).toHaveLength(6);
    for (const operation of operations ?? []) {
      expect(titles).toContain(operation.toLowerCase());
    }
  });
});

describe('catalog lookups', () => {
  it('lists every service once, sorted by service type', () => {
    expect(serviceTypes()).toEqual(['AOM', 'CSBS', 'CTS', 'ECS', 'IMS', 'ModelArts', 'VPC']);
  });

  it('has no duplicate resource type within a service nor trace name within a resource type', () => {
    for (const service of catalog) {
      const types = service.resource_types.map((rt) => rt.resource_type);
      expect(new Set(types).size).toBe(types.length);
      for (const rt of service.resource_types) {
        const names = rt.traces.map((t) => t.trace_name);
        expect(new Set(names).size, `${service.service_type}/${rt.resource_type}`).toBe(names.length);
      }
    }
  });

  it('matches service and resource types exactly', () => {
    expect(listResourceTypes('IMS')).toEqual(['ims', 'evs']);
    expect(listResourceTypes('ims')).toEqual([]);
    expect(listResourceTypes('MODELARTS')).toEqual([]);
    expect(listTraceNames('ModelArts', 'notebook')).toEqual([]);
    expect(listTraceNames('ModelArts', 'Notebook')).toEqual([
      'create_instance',
      'delete_instance',
      'change_instance_status',
    ]);
  });

  it('finds a trace name wherever it appears', () => {
    expect(placesOf('createServer')).toEqual(['ECS/ecs']);
    expect(describeTrace('ECS', 'ecs', 'createServer')).toEqual({ trace_name: 'createServer', operations: ['Creating an ECS'] });
    expect(placesOf('deleteTag')).toEqual(['IMS/ims']);
    expect(placesOf('createserver')).toEqual([]);
    for (const service of catalog) {
      for (const rt of service.resource_types) {
        for (const trace of rt.traces) {
          expect(placesOf(trace.trace_name)).toContain(`${service.service_type}/${rt.resource_type}`);
          expect(describeTrace(service.service_type, rt.resource_type, trace.trace_name)).toEqual(trace);
        }
      }
    }
  });

  it('describes a trace, or gives undefined for an unknown one', () => {
    expect(describeTrace('IMS', 'ims', 'createImage')?.operations).toEqual([
      'Creating an image from an image file',
      'Creating a full-ECS image',
    ]);
    expect(describeTrace('VPC', 'eip', 'deleteEip')?.operations).toEqual(['Deleting an EIP']);
    expect(describeTrace('ECS', 'aei', 'createServer')).toBeUndefined();
  });

  it('builds the /operations items, leaving out resource types without trace names', () => {
    const operations = catalogOperations();
    expect(operations).toContainEqual({
      service_type: 'CTS',
      resource_type: 'tracker',
      operation_list: ['createTracker', 'updateTracker', 'deleteTracker'],
    });
    expect(operations.find((o) => o.resource_type === 'trace')).toBeUndefined();
    const resourceTypeCount = catalog.reduce((sum, s) => sum + s.resource_types.length, 0);
    expect(operations).toHaveLength(resourceTypeCount - 1);
    const total = operations.reduce((sum, o) => sum + o.operation_list.length, 0);
    expect(total).toBe(catalog.reduce((sum, s) => sum + countTraces(s), 0));
  });

  it('lists the resource types of each service', () => {
    expect(serviceTypes().every((serviceType) => listResourceTypes(serviceType).length > 0)).toBe(true);
    expect(listResourceTypes('CTS')).toEqual(['trace', 'notification', 'tracker']);
    expect(listResourceTypes('ECS')).toEqual(['ecs', 'aei', 'server']);
  });
});
