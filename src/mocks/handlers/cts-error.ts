import { ERROR_CODES, isErrorCode, type ErrorCode } from '@/api/contract/error-codes';
import type { Message } from '@/i18n/message-id';
import { type MockText, englishMockText } from '@/mocks/mock-language';

/**
 * The mock's own codes (CTS.MOCK.*) have the mock's own messages, so it answers them in the
 * request's language too; their English is the table's. The reference's codes have English only:
 * the mock answers them verbatim, whatever the language asked for.
 */
export const MOCK_CODE_MESSAGES = {
  'CTS.MOCK.0404': { id: 'errors.mock.notificationMissing' },
  'CTS.MOCK.0400': { id: 'errors.mock.malformed' },
  'CTS.MOCK.0403': { id: 'errors.mock.controlOrigin' },
  'CTS.MOCK.0405': { id: 'errors.mock.method' },
  'CTS.MOCK.0413': { id: 'errors.mock.bodyTooLarge' },
  'CTS.MOCK.0415': { id: 'errors.mock.controlContentType' },
  'CTS.MOCK.0431': { id: 'errors.mock.headersTooLarge' },
} as const satisfies Partial<Record<ErrorCode, Message>>;

function mockCodeMessage(code: string): Message | undefined {
  return Object.hasOwn(MOCK_CODE_MESSAGES, code) ? MOCK_CODE_MESSAGES[code as keyof typeof MOCK_CODE_MESSAGES] : undefined;
}

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
  return new CtsError(entry.status, code, message ?? mockCodeMessage(code) ?? entry.message);
}

/** Status and message for an injected failure: the table's when the code is known. */
export function injectedError(status: number, code: string, message?: string): CtsError {
  if (isErrorCode(code)) {
    return new CtsError(status, code, message ?? mockCodeMessage(code) ?? ERROR_CODES[code].message);
  }
  return new CtsError(status, code, message ?? { id: 'errors.mock.injectedFailure' });
}
