import { delay, http } from 'msw';
import { operationOfPath } from '@/api/contract/operation-routes';
import type { SdkKeys } from '@/api/signing/sdk-hmac-sha256';
import type { MockDb } from '@/mocks/db/mock-db';
import { hasValidSdkSignature } from '@/mocks/handlers/sdk-signature';
import { ctsErrorResponse, errorResponse, newRequestId } from '@/mocks/handlers/with-cts';
import { ctsError, injectedError } from '@/mocks/handlers/cts-error';

/**
 * What stands in front of every `/v3` operation, as Huawei's API gateway does for CTS: the token
 * check, then the demo's injected latency and failures. It answers only to refuse; otherwise it
 * returns nothing and MSW moves on to the operation's handler.
 */
export function gatewayHandler(db: MockDb, signingKeys: SdkKeys | null = null) {
  return http.all('*/v3/*', async ({ request }) => {
    if (!(await hasCredentials(request, signingKeys))) {
      const error = ctsError('APIGW.0301');
      return errorResponse(error.status, error.code, error.message);
    }
    const { latency_ms: latency, error_rate: errorRate, fail_next: failNext } = db.faults;
    if (latency > 0) {
      await delay(latency);
    }
    const url = new URL(request.url);
    const operationId = operationOfPath(request.method, url.pathname);
    if (failNext && (!failNext.operation_id || failNext.operation_id === operationId)) {
      db.faults = { ...db.faults, fail_next: null };
      db.commit();
      return ctsErrorResponse(request, injectedError(failNext.status, failNext.error_code, failNext.error_msg));
    }
    if (errorRate > 0 && Math.random() < errorRate) {
      const error = ctsError(request.method === 'GET' ? 'CTS.0005' : 'CTS.0004');
      return errorResponse(error.status, error.code, error.message);
    }
    return undefined;
  });
}

/**
 * Token (`X-Auth-Token`) or AK/SK (`Authorization: SDK-HMAC-SHA256 Access=…`) authentication
 * (L281–352). Any token passes; an AK/SK signature is checked only when the mock holds a key pair
 * (the standalone server's --ak/--sk), otherwise its presence is enough.
 */
async function hasCredentials(request: Request, signingKeys: SdkKeys | null): Promise<boolean> {
  const signed = /Access=\S+/.test(request.headers.get('authorization') ?? '');
  if (signed && signingKeys) {
    return hasValidSdkSignature(request, signingKeys);
  }
  return signed || Boolean(request.headers.get('x-auth-token')?.trim());
}

/** An unknown `/v3` path answers as the gateway does, not with the console's HTML. */
export function unknownApiHandler() {
  return http.all('*/v3/*', () => {
    const error = ctsError('APIGW.0101');
    return errorResponse(error.status, error.code, error.message, newRequestId());
  });
}
