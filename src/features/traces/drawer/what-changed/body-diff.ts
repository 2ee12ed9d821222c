import type { FieldChange } from '@/components/field-diff-table';

/** The path the whole body sits at when a body is not a JSON object. */
export const WHOLE_BODY_PATH = '(whole body)';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Request bodies arrive as JSON text (choice 8), sometimes already parsed; text that is not JSON stays text. */
export function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') {
    return body;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') {
    return `${parent}[${key}]`;
  }
  const plain = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key);
  if (!plain) {
    return `${parent}[${JSON.stringify(key)}]`;
  }
  return parent ? `${parent}.${key}` : key;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Arrays of plain values (such as `data_event`) read best as one value; arrays of objects item by item. */
function comparedWhole(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => !isContainer(item));
}

function entriesOf(value: Container): [string | number, unknown][] {
  return Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
}

function walk(before: unknown, after: unknown, path: string, changes: FieldChange[]): void {
  const nested =
    isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after) && !comparedWhole(before) && !comparedWhole(after);
  if (!nested) {
    if (!sameValue(before, after)) {
      changes.push({ path: path || WHOLE_BODY_PATH, kind: 'changed', before, after });
    }
    return;
  }
  const afterEntries = new Map(entriesOf(after));
  const beforeEntries = new Map(entriesOf(before));
  for (const [key, value] of beforeEntries) {
    if (afterEntries.has(key)) {
      walk(value, afterEntries.get(key), childPath(path, key), changes);
    } else {
      changes.push({ path: childPath(path, key), kind: 'removed', before: value });
    }
  }
  for (const [key, value] of afterEntries) {
    if (!beforeEntries.has(key)) {
      changes.push({ path: childPath(path, key), kind: 'added', after: value });
    }
  }
}

/**
 * The field-level differences from one request body to the next, nested fields by their path, in
 * the order the fields appear (the earlier body's first).
 */
export function diffBodies(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(parseBody(before), parseBody(after), '', changes);
  return changes;
}

/** Every field a body sets, by path: a configuration as a list (for a create or the last known state). */
export function configurationFields(body: unknown): { path: string; value: unknown }[] {
  const parsed = parseBody(body);
  if (parsed === undefined || parsed === null || parsed === '') {
    return [];
  }
  if (!isContainer(parsed) || comparedWhole(parsed)) {
    return [{ path: WHOLE_BODY_PATH, value: parsed }];
  }
  const fields: { path: string; value: unknown }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (isContainer(value) && !comparedWhole(value) && entriesOf(value).length > 0) {
      for (const [key, child] of entriesOf(value)) {
        visit(child, childPath(path, key));
      }
    } else {
      fields.push({ path, value });
    }
  };
  visit(parsed, '');
  return fields;
}
