import { iamPermissionOf } from '@/api/contract/iam-actions';
import type { OperationId } from '@/api/contract/types';

/**
 * Every failed CTS call becomes one `ApiError`: HTTP status, the body's `error_code`/`error_msg`
 * (the reference's envelope, L418–427) and the request ID from `X-Request-Id`. Network failures get
 * status 0 so the UI can tell "CTS said no" from "CTS could not be reached".
 */
export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  requestId: string | null;
  /** The operationId of the failed call, when known (names the IAM action on 403). */
  operation: OperationId | null;
}

export const NETWORK_ERROR_CODE = 'NETWORK';
export const UNPARSABLE_ERROR_CODE = 'UNKNOWN';
/** The console's own 401s, raised before any request is sent: no token at all, or one known to have lapsed. */
export const NO_TOKEN_CODE = 'CONSOLE.NO_TOKEN';
export const TOKEN_EXPIRED_CODE = 'CONSOLE.TOKEN_EXPIRED';

export type UnauthorizedReason = 'no-token' | 'expired' | 'refused';

/** Why a 401 happened: the console had no token, knew it had expired, or CTS (or IAM) refused it. */
export function unauthorizedReason(error: ApiError): UnauthorizedReason {
  if (error.code === NO_TOKEN_CODE) {
    return 'no-token';
  }
  return error.code === TOKEN_EXPIRED_CODE ? 'expired' : 'refused';
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly operation: OperationId | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.operation = init.operation;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ErrorEnvelope {
  error_code?: unknown;
  error_msg?: unknown;
}

/** Reads a non-2xx response into an ApiError, whatever the body holds. */
export async function toApiError(response: Response, operation: OperationId | null): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id');
  const text = await response.text().catch(() => '');
  let envelope: ErrorEnvelope = {};
  try {
    envelope = JSON.parse(text) as ErrorEnvelope;
  } catch {
    // Not JSON: a gateway or proxy page. The status still says what happened.
  }
  const code = typeof envelope.error_code === 'string' ? envelope.error_code : UNPARSABLE_ERROR_CODE;
  const message =
    typeof envelope.error_msg === 'string' && envelope.error_msg
      ? envelope.error_msg
      : `${response.status} ${response.statusText || 'error'}${text && !text.startsWith('<') ? `: ${text.slice(0, 200)}` : ''}`;
  return new ApiError({ status: response.status, code, message, requestId, operation });
}

export function toNetworkError(error: unknown, operation: OperationId | null): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError({
    status: 0,
    code: NETWORK_ERROR_CODE,
    message: `The CTS endpoint could not be reached (${detail}). Check the endpoint URL, your network, and whether the endpoint allows this origin (CORS).`,
    requestId: null,
    operation,
  });
}

export interface ErrorDescription {
  title: string;
  status?: number;
  code?: string;
  message: string;
  requestId?: string | null;
  /** For 403: the IAM action the reference lists for the failed operation (L3555–3573). */
  iamAction?: string;
  /** 401: the user should check the connection settings. */
  unauthorized: boolean;
}

const CODE_TITLES: Record<string, string> = {
  [NO_TOKEN_CODE]: 'Not signed in',
  [TOKEN_EXPIRED_CODE]: 'The sign-in expired',
};

const TITLES: Record<number, string> = {
  0: 'CTS could not be reached',
  400: 'CTS rejected the request',
  401: 'CTS rejected the credentials',
  403: 'Permission denied',
  404: 'Not found',
  500: 'CTS failed to handle the request',
  503: 'CTS is unavailable',
};

/** What the UI shows for any error: code and message for CTS errors, the IAM action on 403. */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error)) {
    return { title: 'Something went wrong', message: error instanceof Error ? error.message : String(error), unauthorized: false };
  }
  const permission = error.status === 403 && error.operation ? iamPermissionOf(error.operation) : undefined;
  return {
    title: CODE_TITLES[error.code] ?? TITLES[error.status] ?? `CTS answered ${error.status}`,
    status: error.status,
    code: error.code === UNPARSABLE_ERROR_CODE ? undefined : error.code,
    message: error.message,
    requestId: error.requestId,
    iamAction: permission?.action,
    unauthorized: error.status === 401,
  };
}
