import { HttpResponse } from 'msw';
import { ERROR_CODES, isErrorCode, type ErrorCode } from '@/api/contract/error-codes';
import { CtsError } from '@/mocks/handlers/cts-error';

let requestCounter = 0;

/** CTS answers with an `X-Request-Id` header; the SDK reads the request ID only from there. */
export function newRequestId(): string {
  requestCounter += 1;
  const random = Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0');
  return `${Date.now().toString(16)}${random}${requestCounter.toString(16).padStart(6, '0')}`.slice(0, 32);
}

/** The reference's error envelope `{error_code, error_msg}` (L418–427). */
export function errorResponse(status: number, code: string, message: string, requestId = newRequestId()): Response {
  return HttpResponse.json({ error_code: code, error_msg: message }, { status, headers: { 'X-Request-Id': requestId } });
}

/** A CtsError for a code of the table, with its status and verbatim message. */
export function ctsError(code: ErrorCode, message?: string): CtsError {
  const entry = ERROR_CODES[code];
  return new CtsError(entry.status, code, message ?? entry.message);
}

/** Status and message for an injected failure: the table's when the code is known. */
export function injectedError(status: number, code: string, message?: string): CtsError {
  if (isErrorCode(code)) {
    return new CtsError(status, code, message ?? ERROR_CODES[code].message);
  }
  return new CtsError(status, code, message ?? 'Injected failure.');
}

/**
 * Wraps an operation's resolver: stamps `X-Request-Id` on its answer and turns a thrown CtsError
 * into the error envelope, so handlers state the rule they enforce and nothing else.
 */
export function withCts<Info, Result extends Response | undefined>(
  resolver: (info: Info) => Result | Promise<Result>,
): (info: Info) => Promise<Result> {
  return async (info) => {
    const requestId = newRequestId();
    try {
      const response = await resolver(info);
      response?.headers.set('X-Request-Id', requestId);
      return response;
    } catch (error) {
      if (error instanceof CtsError) {
        // Every operation documents these error statuses with this envelope (spec-notes 1.1).
        return errorResponse(error.status, error.code, error.message, requestId) as Result;
      }
      throw error;
    }
  };
}

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
