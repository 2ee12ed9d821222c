import { describe, expect, it } from 'vitest';
import { relayedResponseHeaders } from './proxy-headers.ts';
import { resolveTarget } from './targets.ts';

function target(origin: string) {
  const resolved = resolveTarget(origin, new Set());
  if (!resolved.ok) {
    throw new Error(`${origin} is not a Huawei Cloud target`);
  }
  return resolved.target;
}

describe('headers relayed from the endpoint', () => {
  const answer = { 'content-type': 'application/json;charset=UTF-8', 'x-subject-token': 'MIIsubject', 'x-request-id': 'r1' };

  it('relays IAM’s token header from its token call only', () => {
    const iam = target('https://iam.ap-southeast-1.myhuaweicloud.com');
    expect(relayedResponseHeaders(answer, iam, '/v3/auth/tokens')['x-subject-token']).toBe('MIIsubject');
    expect(relayedResponseHeaders(answer, iam, '/v3/auth/projects')['x-subject-token']).toBeUndefined();
    const cts = target('https://cts.ap-southeast-1.myhuaweicloud.com');
    expect(relayedResponseHeaders(answer, cts, '/v3/auth/tokens')['x-subject-token']).toBeUndefined();
  });

  it('relays the token header of a host the operator added, which may answer IAM too (the standalone mock)', () => {
    const resolved = resolveTarget('http://127.0.0.1:9000', new Set(['http://127.0.0.1:9000']));
    expect(resolved.ok && resolved.target.kind).toBe('operator');
    if (resolved.ok) {
      expect(relayedResponseHeaders(answer, resolved.target, '/v3/auth/tokens')['x-subject-token']).toBe('MIIsubject');
      expect(relayedResponseHeaders(answer, resolved.target, '/v3/p/traces')['x-subject-token']).toBeUndefined();
    }
  });

  it('knows the regions of Huawei’s SDK, eu-west-101 under .eu', () => {
    expect(target('https://cts.eu-west-101.myhuaweicloud.eu').kind).toBe('cts');
    expect(target('https://iam.myhuaweicloud.com').kind).toBe('iam');
    expect(resolveTarget('https://cts.eu-west-101.myhuaweicloud.com', new Set()).ok).toBe(false);
  });
});
