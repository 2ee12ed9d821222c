import { HttpResponse } from 'msw';
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
