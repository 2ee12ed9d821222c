import { ERROR_CODES, isErrorCode, type ErrorCode } from '@/api/contract/error-codes';

/**
 * A rejection the mock answers with the reference's error envelope `{error_code, error_msg}`
 * (L418–427). Handlers throw it; `withCts` turns it into the response.
 */
export class CtsError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'CtsError';
    this.status = status;
    this.code = code;
  }
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
