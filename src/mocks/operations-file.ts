import { readFileSync } from 'node:fs';
import type { TraceOperation } from '@/api/contract/types';

function isOperation(value: unknown): value is TraceOperation {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { service_type: service, resource_type: resource, operation_list: list } = value as Record<string, unknown>;
  return typeof service === 'string' && service !== '' && typeof resource === 'string' && resource !== '' && Array.isArray(list) && list.every((name) => typeof name === 'string' && name !== '');
}

/** Reads `--operations-file`; a file that is not a list of operations stops the server with the reason. */
export function parseOperations(text: string): TraceOperation[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every(isOperation)) {
    throw new Error('expected a JSON array of {"service_type", "resource_type", "operation_list": [trace names]}');
  }
  return parsed.map(({ service_type, resource_type, operation_list }) => ({ service_type, resource_type, operation_list: [...operation_list] }));
}

export function readOperationsFile(path: string): TraceOperation[] {
  try {
    return parseOperations(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`--operations-file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
