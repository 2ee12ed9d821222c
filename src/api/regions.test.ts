import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUAWEI_REGIONS, ctsEndpointOf, iamEndpointOf, regionLabel, regionOfEndpoint } from '@/api/regions';

const doc = readFileSync(path.resolve(__dirname, '../../../shared/huawei-regions.md'), 'utf8');
const rows = (host: 'cts' | 'iam') =>
  new Map([...doc.matchAll(new RegExp(`^\\| ([a-z0-9-]+) \\| (https://${host}\\.[^ ]+) \\|`, 'gm'))].map((match) => [match[1], match[2]]));

describe('the Huawei Cloud regions', () => {
  it('are the SDK’s 34 CTS regions, each endpoint derived as the SDK lists it', () => {
    const cts = rows('cts');
    expect(HUAWEI_REGIONS.map((region) => region.id).sort()).toEqual([...cts.keys()].sort());
    for (const [id, endpoint] of cts) {
      expect(ctsEndpointOf(id ?? '')).toBe(endpoint);
    }
  });

  it('use the regional IAM endpoint the SDK lists, else the global one', () => {
    const iam = rows('iam');
    for (const region of HUAWEI_REGIONS) {
      expect(iamEndpointOf(region.id)).toBe(iam.get(region.id) ?? 'https://iam.myhuaweicloud.com');
    }
    expect(iamEndpointOf('eu-west-101')).toBe('https://iam.eu-west-101.myhuaweicloud.eu');
  });

  it('name a region with its ID, and tell which region a CTS endpoint serves', () => {
    expect(regionLabel('ap-southeast-3')).toBe('AP-Singapore (ap-southeast-3)');
    expect(regionLabel('cn-north-11')).toBe('cn-north-11');
    expect(regionOfEndpoint('https://cts.ap-southeast-1.myhuaweicloud.com')).toBe('ap-southeast-1');
    expect(regionOfEndpoint('https://cts.eu-west-101.myhuaweicloud.eu/')).toBe('eu-west-101');
    expect(regionOfEndpoint('https://cts.eu-west-101.myhuaweicloud.com')).toBeUndefined();
    expect(regionOfEndpoint('http://127.0.0.1:9000')).toBeUndefined();
  });
});
