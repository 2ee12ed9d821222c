import { HttpResponse } from 'msw';
import { CtsError } from '@/mocks/handlers/cts-error';
import { mockTextFor } from '@/mocks/mock-language';

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

/** The envelope of a thrown CtsError, its message in the language the request asks for. */
export async function ctsErrorResponse(request: Request, error: CtsError, requestId = newRequestId()): Promise<Response> {
  return errorResponse(error.status, error.code, await mockTextFor(request, error.text), requestId);
}

/**
 * Wraps an operation's resolver: stamps `X-Request-Id` on its answer and turns a thrown CtsError
 * into the error envelope (in the request's language), so handlers state the rule they enforce
 * and nothing else.
 */
export function withCts<Info extends { request: Request }, Result extends Response | undefined>(
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
        return (await ctsErrorResponse(info.request, error, requestId)) as Result;
      }
      throw error;
    }
  };
}
