import { iamPermissionOf } from '@/api/contract/iam-actions';
import type { OperationId } from '@/api/contract/types';
import { activeText, englishText } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';

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
  /**
   * The console's own wording of `message` (catalog `errors.*`), shown in the language active when
   * the error is displayed; absent when the message is CTS's (`error_msg`, already in the language
   * the call asked for with X-Language).
   */
  localMessage?: Message;
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
  readonly localMessage: Message | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.operation = init.operation;
    this.localMessage = init.localMessage ?? null;
  }
}

/**
 * An error of the console's own making outside a CTS call (an IAM answer without a token, the
 * mock's control API): `message` is English, `localMessage` what the screens show, in the active language.
 */
export class LocalizedError extends Error {
  readonly localMessage: Message;

  constructor(localMessage: Message) {
    super(englishText(localMessage));
    this.name = 'LocalizedError';
    this.localMessage = localMessage;
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
  const localMessage: Message = { id: 'errors.network', values: { detail } };
  return new ApiError({
    status: 0,
    code: NETWORK_ERROR_CODE,
    message: englishText(localMessage),
    requestId: null,
    operation,
    localMessage,
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

const CODE_TITLES: Record<string, Message> = {
  [NO_TOKEN_CODE]: { id: 'errors.title.notSignedIn' },
  [TOKEN_EXPIRED_CODE]: { id: 'errors.title.signInExpired' },
};

const TITLES: Record<number, Message> = {
  0: { id: 'errors.title.unreachable' },
  400: { id: 'errors.title.rejected' },
  401: { id: 'errors.title.credentials' },
  403: { id: 'errors.title.forbidden' },
  404: { id: 'errors.title.notFound' },
  500: { id: 'errors.title.serverError' },
  503: { id: 'errors.title.unavailable' },
};

/** The error's title as a message: the console's own code, else the HTTP status. */
export function errorTitle(error: ApiError): Message {
  return CODE_TITLES[error.code] ?? TITLES[error.status] ?? { id: 'errors.title.status', values: { status: String(error.status) } };
}

/**
 * What the UI shows for any error: code and message for CTS errors, the IAM action on 403. The
 * console's own texts are in the language active at the call (screens call it while rendering, so
 * a language switch re-describes the error); CTS's `error_msg` is shown as CTS sent it.
 */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error)) {
    const message = error instanceof LocalizedError ? activeText(error.localMessage) : error instanceof Error ? error.message : String(error);
    return { title: activeText({ id: 'errors.title.unknown' }), message, unauthorized: false };
  }
  const permission = error.status === 403 && error.operation ? iamPermissionOf(error.operation) : undefined;
  return {
    title: activeText(errorTitle(error)),
    status: error.status,
    code: error.code === UNPARSABLE_ERROR_CODE ? undefined : error.code,
    message: error.localMessage ? activeText(error.localMessage) : error.message,
    requestId: error.requestId,
    iamAction: permission?.action,
    unauthorized: error.status === 401,
  };
}
