import { isApiError } from '@/api/errors';
import type { ErrorPanelProps } from '@/components/error-panel';

/** What an `ErrorPanel` shows for any thrown value; ApiErrors bring their status, code and request ID. */
export function errorPanelProps(error: unknown): Pick<ErrorPanelProps, 'status' | 'code' | 'message' | 'requestId'> {
  if (isApiError(error)) {
    return { status: error.status, code: error.code, message: error.message, requestId: error.requestId };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
