/**
 * Huawei Cloud's regions with a CTS endpoint, and the regional IAM endpoint where there is one, from
 * Huawei's official SDK (CtsRegion.ts and IamRegion.ts, release 3.1.209; ../shared/huawei-regions.md).
 * Every CTS endpoint is `https://cts.<region>.myhuaweicloud.com` but `eu-west-101`'s, on `.eu`.
 * Names are the console's display names where they are well known; the ID is always shown too.
 */
export interface HuaweiRegion {
  id: string;
  name?: string;
  /** Regional IAM endpoint; regions without one use the global endpoint. */
  iam?: string;
}

export const GLOBAL_IAM_ENDPOINT = 'https://iam.myhuaweicloud.com';

export const HUAWEI_REGIONS: readonly HuaweiRegion[] = [
  { id: 'af-south-1', name: 'AF-Johannesburg', iam: 'https://iam.af-south-1.myhuaweicloud.com' },
  { id: 'cn-north-4', name: 'CN North-Beijing4', iam: 'https://iam.cn-north-4.myhuaweicloud.com' },
  { id: 'cn-north-1', name: 'CN North-Beijing1', iam: 'https://iam.cn-north-1.myhuaweicloud.com' },
  { id: 'cn-east-2', name: 'CN East-Shanghai2', iam: 'https://iam.cn-east-2.myhuaweicloud.com' },
  { id: 'cn-east-3', name: 'CN East-Shanghai1', iam: 'https://iam.cn-east-3.myhuaweicloud.com' },
  { id: 'cn-south-1', name: 'CN South-Guangzhou', iam: 'https://iam.cn-south-1.myhuaweicloud.com' },
  { id: 'cn-south-2', iam: 'https://iam.cn-south-2.myhuaweicloud.com' },
  { id: 'cn-southwest-2', name: 'CN Southwest-Guiyang1', iam: 'https://iam.cn-southwest-2.myhuaweicloud.com' },
  { id: 'ap-southeast-2', name: 'AP-Bangkok', iam: 'https://iam.ap-southeast-2.myhuaweicloud.com' },
  { id: 'ap-southeast-1', name: 'AP-Hong Kong', iam: 'https://iam.ap-southeast-1.myhuaweicloud.com' },
  { id: 'ap-southeast-3', name: 'AP-Singapore', iam: 'https://iam.ap-southeast-3.myhuaweicloud.com' },
  { id: 'cn-north-2', name: 'CN North-Beijing2', iam: 'https://iam.cn-north-2.myhuaweicloud.com' },
  { id: 'cn-north-9', name: 'CN North-Ulanqab1', iam: 'https://iam.cn-north-9.myhuaweicloud.com' },
  { id: 'cn-south-4' },
  { id: 'ru-northwest-2', name: 'RU-Moscow2' },
  { id: 'la-south-2', name: 'LA-Santiago', iam: 'https://iam.la-south-2.myhuaweicloud.com' },
  { id: 'sa-brazil-1', name: 'LA-Sao Paulo1', iam: 'https://iam.sa-brazil-1.myhuaweicloud.com' },
  { id: 'la-north-2', name: 'LA-Mexico City2', iam: 'https://iam.la-north-2.myhuaweicloud.com' },
  { id: 'na-mexico-1', name: 'LA-Mexico City1', iam: 'https://iam.na-mexico-1.myhuaweicloud.com' },
  { id: 'eu-west-101', name: 'EU-Dublin', iam: 'https://iam.eu-west-101.myhuaweicloud.eu' },
  { id: 'ap-southeast-4', name: 'AP-Jakarta', iam: 'https://iam.ap-southeast-4.myhuaweicloud.com' },
  { id: 'ap-southeast-5', name: 'AP-Manila' },
  { id: 'af-north-1', name: 'AF-Cairo' },
  { id: 'tr-west-1', name: 'TR-Istanbul', iam: 'https://iam.tr-west-1.myhuaweicloud.com' },
  { id: 'cn-east-5', name: 'CN East-Qingdao', iam: 'https://iam.cn-east-5.myhuaweicloud.com' },
  { id: 'cn-north-12', iam: 'https://iam.cn-north-12.myhuaweicloud.com' },
  { id: 'cn-southwest-3' },
  { id: 'cn-north-11' },
  { id: 'cn-east-4', iam: 'https://iam.cn-east-4.myhuaweicloud.com' },
  { id: 'me-east-1', name: 'ME-Riyadh', iam: 'https://iam.me-east-1.myhuaweicloud.com' },
  { id: 'eu-west-0', name: 'EU-Paris', iam: 'https://iam.eu-west-0.myhuaweicloud.com' },
  { id: 'my-kualalumpur-1', name: 'MY-Kuala Lumpur', iam: 'https://iam.my-kualalumpur-1.myhuaweicloud.com' },
  { id: 'ru-moscow-1', iam: 'https://iam.ru-moscow-1.myhuaweicloud.com' },
  { id: 'ae-ad-1', name: 'AE-Abu Dhabi', iam: 'https://iam.ae-ad-1.myhuaweicloud.com' },
];

const BY_ID = new Map(HUAWEI_REGIONS.map((region) => [region.id, region]));

export function findRegion(id: string): HuaweiRegion | undefined {
  return BY_ID.get(id);
}

export function ctsEndpointOf(regionId: string): string {
  const domain = regionId === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com';
  return `https://cts.${regionId}.${domain}`;
}

export function iamEndpointOf(regionId: string): string {
  return findRegion(regionId)?.iam ?? GLOBAL_IAM_ENDPOINT;
}

/** "AP-Singapore (ap-southeast-3)", or the ID alone where the console knows no name. */
export function regionLabel(regionId: string): string {
  const name = findRegion(regionId)?.name;
  return name ? `${name} (${regionId})` : regionId;
}

/** The region a Huawei Cloud CTS endpoint serves, or undefined for any other endpoint (a custom one). */
export function regionOfEndpoint(endpoint: string): string | undefined {
  const match = /^https:\/\/cts\.([a-z0-9-]+)\.myhuaweicloud\.(?:com|eu)\/?$/.exec(endpoint.trim());
  const id = match?.[1];
  return id !== undefined && BY_ID.has(id) && ctsEndpointOf(id) === endpoint.trim().replace(/\/$/, '') ? id : undefined;
}
