import { describe, expect, it } from 'vitest';
import { type ConnectionFormValues, connectionFormSchema, toConnection } from '@/app/settings/connection-schema';

const live: ConnectionFormValues = {
  mode: 'live',
  endpoint: 'https://cts.ap-southeast-1.myhuaweicloud.com',
  region: 'ap-southeast-1',
  projectId: 'p1',
  domainId: 'd1',
  token: '',
  useProxy: false,
  credentials: 'token',
};

function errorsOf(values: ConnectionFormValues) {
  const result = connectionFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('connection form schema', () => {
  it('accepts a complete Live connection, with or without a token', () => {
    expect(errorsOf(live)).toEqual({});
    expect(errorsOf({ ...live, endpoint: 'http://127.0.0.1:9000', token: 'abc' })).toEqual({});
  });

  it('checks nothing but the mode in Mock mode', () => {
    expect(errorsOf({ ...live, mode: 'mock', endpoint: 'not a url', region: '', projectId: '' })).toEqual({});
  });

  it('names every missing or malformed Live field', () => {
    expect(errorsOf({ ...live, endpoint: ' ', region: '', projectId: '', domainId: '' })).toEqual({
      endpoint: 'Enter the endpoint URL.',
      region: 'Enter the region.',
      projectId: 'Enter the project ID.',
      domainId: 'Enter the account (domain) ID.',
    });
    expect(errorsOf({ ...live, endpoint: 'ftp://cts.example.com' }).endpoint).toMatch(/http:\/\/ or https:\/\//);
    expect(errorsOf({ ...live, endpoint: 'cts.example.com' }).endpoint).toMatch(/http:\/\/ or https:\/\//);
    expect(errorsOf({ ...live, region: 'Singapore' }).region).toBe('Enter a region ID such as ap-southeast-1.');
  });

  it('saves the endpoint without a trailing slash, and fields trimmed', () => {
    const parsed = connectionFormSchema.parse({ ...live, endpoint: ' https://cts.example.com/ ', projectId: ' p1 ' });
    expect(toConnection(parsed)).toMatchObject({ endpoint: 'https://cts.example.com', projectId: 'p1' });
  });

  it('sends calls held by the server through its proxy, and keeps no token in the browser', () => {
    expect(toConnection({ ...live, credentials: 'server', token: 'left-over', useProxy: false })).toMatchObject({
      credentials: 'server',
      useProxy: true,
      token: '',
    });
  });
});
