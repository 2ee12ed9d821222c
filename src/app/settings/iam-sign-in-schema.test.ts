import { describe, expect, it } from 'vitest';
import { connectionOfSignIn, iamSignInSchema, type IamSignInValues, mfaOf } from '@/app/settings/iam-sign-in-schema';

const VALUES: IamSignInValues = {
  region: 'eu-west-101',
  endpointKind: 'region',
  customEndpoint: '',
  domainName: ' acme-retail ',
  userName: 'alice.chen',
  password: 'secret',
  useProxy: true,
  mfa: false,
  mfaUserId: '',
  mfaCode: '',
};
const SESSION = { token: 'MIIDemo-1', expiresAt: 1_800_000_000_000, domainId: 'd1', userName: 'alice.chen', projectId: 'p1' };

describe('the IAM sign-in form', () => {
  it('requires the account, the user, the password and a known region', () => {
    const result = iamSignInSchema.safeParse({ ...VALUES, region: 'mars-1', domainName: ' ', userName: '', password: '' });
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'region: Choose a region.',
      'domainName: Enter the account name.',
      'userName: Enter the IAM user name.',
      'password: Enter the password.',
    ]);
  });

  it('asks for the user ID and a 6-digit code only when the user has virtual-MFA login protection', () => {
    const issues = (values: IamSignInValues) => {
      const result = iamSignInSchema.safeParse(values);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(issues({ ...VALUES, mfaUserId: 'x', mfaCode: 'y' })).toEqual([]);
    expect(issues({ ...VALUES, mfa: true })).toEqual(['mfaUserId', 'mfaCode']);
    expect(issues({ ...VALUES, mfa: true, mfaUserId: 'alice', mfaCode: '12345' })).toEqual(['mfaUserId', 'mfaCode']);
    expect(issues({ ...VALUES, mfa: true, mfaUserId: '1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10', mfaCode: '12a456' })).toEqual(['mfaCode']);
    const valid = iamSignInSchema.parse({ ...VALUES, mfa: true, mfaUserId: ' 1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10 ', mfaCode: '012345' });
    expect(mfaOf(valid)).toEqual({ userId: '1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10', passcode: '012345' });
    expect(mfaOf(VALUES)).toBeUndefined();
  });

  it('requires a URL for a custom endpoint only', () => {
    expect(iamSignInSchema.safeParse({ ...VALUES, endpointKind: 'custom', customEndpoint: 'localhost:9000' }).success).toBe(false);
    expect(iamSignInSchema.safeParse({ ...VALUES, endpointKind: 'custom', customEndpoint: 'http://127.0.0.1:9000' }).success).toBe(true);
    expect(iamSignInSchema.safeParse({ ...VALUES, customEndpoint: 'not used' }).success).toBe(true);
  });

  it('gives a Live connection with the region’s endpoints and the token, never the password', () => {
    const connection = connectionOfSignIn(iamSignInSchema.parse(VALUES), SESSION);
    expect(connection).toEqual({
      mode: 'live',
      endpoint: 'https://cts.eu-west-101.myhuaweicloud.eu',
      region: 'eu-west-101',
      projectId: 'p1',
      domainId: 'd1',
      useProxy: true,
      credentials: 'token',
      token: 'MIIDemo-1',
      tokenExpiresAt: 1_800_000_000_000,
      iamEndpoint: 'https://iam.eu-west-101.myhuaweicloud.eu',
      signedInAs: 'alice.chen @ acme-retail',
    });
    expect(JSON.stringify(connection)).not.toContain('secret');
  });

  it('uses one custom endpoint for CTS and IAM', () => {
    const connection = connectionOfSignIn(iamSignInSchema.parse({ ...VALUES, endpointKind: 'custom', customEndpoint: 'http://127.0.0.1:9000/' }), SESSION);
    expect(connection).toMatchObject({ endpoint: 'http://127.0.0.1:9000', iamEndpoint: 'http://127.0.0.1:9000', region: 'eu-west-101' });
  });
});
