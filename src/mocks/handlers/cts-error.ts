import { ERROR_CODES, isErrorCode, type ErrorCode } from '@/api/contract/error-codes';
import { type MockText, englishMockText } from '@/mocks/mock-language';

/**
 * A rejection the mock answers with the reference's error envelope `{error_code, error_msg}`
 * (L418–427). Handlers throw it; `withCts` turns it into the response, in the request's language
 * where the message is the mock's own (`text`); `message` is its English.
 */
export class CtsError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: MockText;

  constructor(status: number, code: string, text: MockText) {
    super(englishMockText(text));
    this.name = 'CtsError';
    this.status = status;
    this.code = code;
    this.text = text;
  }
}

/**
 * A CtsError for a code of the table, with its status and verbatim message (English: the reference
 * has no other), or the mock's own message for the case.
 */
export function ctsError(code: ErrorCode, message?: MockText): CtsError {
  const entry = ERROR_CODES[code];
  return new CtsError(entry.status, code, message ?? entry.message);
}

/** Status and message for an injected failure: the table's when the code is known. */
export function injectedError(status: number, code: string, message?: string): CtsError {
  if (isErrorCode(code)) {
    return new CtsError(status, code, message ?? ERROR_CODES[code].message);
  }
  return new CtsError(status, code, message ?? { id: 'errors.mock.injectedFailure' });
}
