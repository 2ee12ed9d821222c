import { ctsError } from '@/mocks/handlers/cts-error';

/**
 * Reads a JSON request body. CTS answers CTS.0003 for an empty or unparsable body (L3581). The
 * SDK sends `Content-Type: application/json` even without a body, so the header proves nothing.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) {
    throw ctsError('CTS.0003');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw ctsError('CTS.0003');
  }
}

/** Like readJsonBody, for operations whose body is optional: an empty body reads as undefined. */
export async function readOptionalJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw ctsError('CTS.0003');
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
