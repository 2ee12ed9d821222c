import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { listTrackers, createTracker } from '@/api/trackers';
import { type ApiError, describeError, isApiError } from '@/api/errors';
import { mockServer } from '@/mocks/node';

async function failure(call: () => Promise<unknown>): Promise<ApiError> {
  try {
    await call();
  } catch (error) {
    if (isApiError(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('The call did not fail.');
}

describe('API errors', () => {
  it('carries status, CTS code, message and request ID of a rejected call', async () => {
    const error = await failure(() => createTracker({ tracker_type: 'system', tracker_name: 'system' }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('CTS.0201');
    expect(error.message).toBe('A management tracker has been created.');
    expect(error.requestId).toMatch(/\w+/);
    expect(error.operation).toBe('createTracker');
  });

  it('names the IAM action the reference lists for the operation on 403', async () => {
    mockServer.use(
      http.get('*/v3/:project_id/trackers', () =>
        HttpResponse.json({ error_code: 'CTS.0013', error_msg: 'No permission, Please check roles.' }, { status: 403 }),
      ),
    );
    const described = describeError(await failure(() => listTrackers()));
    expect(described).toMatchObject({ status: 403, code: 'CTS.0013', iamAction: 'cts:tracker:list', unauthorized: false });
  });

  it('marks 401 so the console can send the user to the connection settings', async () => {
    mockServer.use(
      http.get('*/v3/:project_id/trackers', () =>
        HttpResponse.json({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }, { status: 401 }),
      ),
    );
    expect(describeError(await failure(() => listTrackers()))).toMatchObject({ unauthorized: true, code: 'APIGW.0301' });
  });

  it('keeps the status when the body is not the CTS envelope', async () => {
    mockServer.use(http.get('*/v3/:project_id/trackers', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const error = await failure(() => listTrackers());
    expect(error.status).toBe(502);
    expect(describeError(error).code).toBeUndefined();
  });

  it('reports an unreachable endpoint as a network error', async () => {
    mockServer.use(http.get('*/v3/:project_id/trackers', () => HttpResponse.error()));
    const error = await failure(() => listTrackers());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
