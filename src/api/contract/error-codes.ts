// The error codes a client of the mock can meet: the reference's whole table (L3579–3625), messages
// verbatim, plus the mock's own codes where the reference has none (also listed in
// cts.openapi.yaml under info.x-mock-error-codes).

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 431 | 500 | 503;

export interface ErrorCodeEntry {
  readonly status: ErrorStatus;
  readonly message: string;
}

export const CTS_ERROR_CODES = {
  'CTS.0001': { status: 400, message: 'The IAM or OBS service is abnormal.' },
  'CTS.0003': { status: 400, message: 'The message body is empty or invalid.' },
  'CTS.0200': { status: 400, message: 'The number of trackers has reached the upper limit.' },
  'CTS.0201': { status: 400, message: 'A management tracker has been created.' },
  'CTS.0202': { status: 400, message: 'The value of the tracker_type parameter is incorrect.' },
  'CTS.0203': { status: 400, message: 'The value of tracker_name parameter is in an incorrect format.' },
  'CTS.0204': {
    status: 400,
    message: 'The tracker_name parameter of a management tracker can only be set to system.',
  },
  'CTS.0205': { status: 400, message: 'The status parameter can only be set to enabled or disabled.' },
  'CTS.0206': {
    status: 400,
    message: 'The data_bucket parameter cannot be included in the message body for a management tracker.',
  },
  'CTS.0207': {
    status: 400,
    message: 'The tracker_name parameter in the message body cannot be set to system for a data tracker.',
  },
  'CTS.0208': { status: 400, message: 'The tracker already exists.' },
  'CTS.0209': { status: 400, message: 'A type of operations on an OBS bucket can be tracked by only one tracker.' },
  'CTS.0210': { status: 400, message: 'The OBS bucket to track cannot be empty.' },
  'CTS.0211': { status: 400, message: 'The tracked OBS bucket does not exist.' },
  'CTS.0212': { status: 400, message: 'The tracked OBS bucket cannot be modified.' },
  'CTS.0213': { status: 400, message: 'The OBS bucket used for trace transfer cannot be a tracked OBS bucket.' },
  'CTS.0215': { status: 400, message: 'The OBS bucket already exists.' },
  'CTS.0216': { status: 400, message: 'Failed to create a bucket.' },
  'CTS.0217': { status: 400, message: 'Failed to set a lifecycle rule for the OBS bucket.' },
  'CTS.0218': { status: 400, message: 'The value of file_prefix_name is in an incorrect format.' },
  'CTS.0219': { status: 400, message: 'The operation type cannot be empty.' },
  'CTS.0220': { status: 400, message: 'KMS is not supported.' },
  'CTS.0221': { status: 400, message: 'The KMS ID is empty.' },
  'CTS.0222': { status: 400, message: 'KMS verification failed.' },
  'CTS.0225': { status: 400, message: 'Only WRITE and/or READ operations on the OBS bucket can be tracked.' },
  'CTS.0228': { status: 400, message: 'The CTS service is not trusted.' },
  'CTS.0229': { status: 400, message: 'The organization tracker already exists.' },
  'CTS.0231': {
    status: 400,
    message:
      'Invalid bucket name. A bucket name must be a string of 3 to 63 characters, including only lowercase letters, digits, hyphens (-), or periods (.). It must start with a digit or a lowercase letter.',
  },
  'CTS.0300': { status: 400, message: 'Query failed.' },
  'CTS.0002': { status: 403, message: 'Authentication failed or you do not have the permissions required.' },
  'CTS.0013': { status: 403, message: 'No permission, Please check roles.' },
  'CTS.0100': { status: 404, message: 'API version query is not supported in CTS.' },
  'CTS.0214': { status: 404, message: 'The tracker does not exist.' },
  'CTS.0004': { status: 500, message: 'Failed to write data.' },
  'CTS.0005': { status: 500, message: 'Failed to read data.' },
} as const satisfies Record<string, ErrorCodeEntry>;

/** A code of the reference's error table. */
export type CtsErrorCode = keyof typeof CTS_ERROR_CODES;

export const MOCK_ERROR_CODES = {
  // Spec-notes choice 9: the table has no 401 code; real 401s come from Huawei's API gateway, whose
  // code this is, so clients see what they would see in front of the real service.
  'APIGW.0301': { status: 401, message: 'Incorrect IAM authentication information' },
  // A /v3 path that no operation serves: the gateway's answer, not the console's HTML page.
  'APIGW.0101': { status: 404, message: 'The API does not exist or has not been published in the environment.' },
  // Spec-notes choice 10: no code exists for a missing notification and CTS.0214 names trackers, so
  // the mock uses its own code, outside CTS's numbering so that nobody mistakes it for a real one.
  'CTS.MOCK.0404': { status: 404, message: 'The key event notification does not exist.' },
  // The standalone server's answers to requests that never reach an operation (bad method, path,
  // size), and the control API's refusals: the mock's own, as no CTS code describes them.
  'CTS.MOCK.0400': { status: 400, message: 'The request is malformed.' },
  'CTS.MOCK.0403': { status: 403, message: 'The mock control API accepts only loopback origins or the control token.' },
  'CTS.MOCK.0405': { status: 405, message: 'The method is not allowed.' },
  'CTS.MOCK.0413': { status: 413, message: 'The request body is too large.' },
  'CTS.MOCK.0415': { status: 415, message: 'The mock control API accepts only Content-Type: application/json.' },
  'CTS.MOCK.0431': { status: 431, message: 'The request headers are too large.' },
} as const satisfies Record<string, ErrorCodeEntry>;

/** A code only the mock answers (not in the reference). */
export type MockErrorCode = keyof typeof MOCK_ERROR_CODES;

/** Any code the mock can answer. */
export type ErrorCode = CtsErrorCode | MockErrorCode;

export const ERROR_CODES: { readonly [Code in ErrorCode]: ErrorCodeEntry } = {
  ...CTS_ERROR_CODES,
  ...MOCK_ERROR_CODES,
};

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
