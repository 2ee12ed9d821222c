/**
 * Where the proxy may forward: the CTS and IAM endpoints of Huawei Cloud's regions, as its official
 * Node.js SDK lists them (services/cts/v3/CtsRegion.ts, services/iam/v3/IamRegion.ts, release
 * 3.1.209; ../shared/huawei-regions.md), plus the origins the operator adds.
 */
const CTS_REGIONS = [
  'af-south-1', 'cn-north-4', 'cn-north-1', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'cn-south-2', 'cn-southwest-2',
  'ap-southeast-2', 'ap-southeast-1', 'ap-southeast-3', 'cn-north-2', 'cn-north-9', 'cn-south-4', 'ru-northwest-2',
  'la-south-2', 'sa-brazil-1', 'la-north-2', 'na-mexico-1', 'eu-west-101', 'ap-southeast-4', 'ap-southeast-5',
  'af-north-1', 'tr-west-1', 'cn-east-5', 'cn-north-12', 'cn-southwest-3', 'cn-north-11', 'cn-east-4', 'me-east-1',
  'eu-west-0', 'my-kualalumpur-1', 'ru-moscow-1', 'ae-ad-1',
];
const IAM_REGIONS = [
  'cn-north-2', 'cn-north-4', 'cn-north-1', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'cn-south-2', 'cn-southwest-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'sa-brazil-1', 'la-south-2', 'na-mexico-1',
  'la-north-2', 'cn-north-9', 'eu-west-101', 'eu-west-0', 'my-kualalumpur-1', 'ru-moscow-1', 'me-east-1',
  'ap-southeast-4', 'ae-ad-1', 'cn-east-4', 'cn-east-5', 'tr-west-1', 'cn-north-12',
];

/** eu-west-101 is the one region served under `.eu`. */
function regionHost(service: 'cts' | 'iam', region: string): string {
  return `${service}.${region}.myhuaweicloud.${region === 'eu-west-101' ? 'eu' : 'com'}`;
}

/**
 * A CTS endpoint takes any `/v3` call; an IAM endpoint only its token and project calls; a host the
 * operator added (such as the standalone mock, which answers both) takes either.
 */
export type TargetKind = 'cts' | 'iam' | 'operator';

export interface Target {
  origin: string;
  host: string;
  kind: TargetKind;
}

export const HUAWEI_TARGETS: ReadonlyMap<string, TargetKind> = new Map<string, TargetKind>([
  ...CTS_REGIONS.map((region) => [`https://${regionHost('cts', region)}`, 'cts'] as const),
  ['https://iam.myhuaweicloud.com', 'iam'],
  ...IAM_REGIONS.map((region) => [`https://${regionHost('iam', region)}`, 'iam'] as const),
]);

/**
 * An operator's origin (`http://127.0.0.1:9000`), normalised, or an error naming what is wrong.
 * They are CTS targets: the standalone mock, or a gateway in front of CTS.
 */
export function parseOperatorTarget(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value}" is not a URL; give an origin such as http://127.0.0.1:9000.`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`"${url.host}" must be given as a bare http(s) origin (no path, query or credentials).`);
  }
  return url.origin;
}

export type TargetResult = { ok: true; target: Target } | { ok: false; host: string | null };

/**
 * Resolves the `X-Cts-Target` header. Only the origin counts, and only when it is exactly an
 * allowed one: no credentials, no path beyond `/`. The refused host (never its credentials) is
 * given back for the error message.
 */
export function resolveTarget(header: string | undefined, operatorTargets: ReadonlySet<string>): TargetResult {
  if (!header) {
    return { ok: false, host: null };
  }
  let url: URL;
  try {
    url = new URL(header.trim());
  } catch {
    return { ok: false, host: null };
  }
  const bare = !url.username && !url.password && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  if (!bare) {
    return { ok: false, host: url.host };
  }
  const kind = HUAWEI_TARGETS.get(url.origin) ?? (operatorTargets.has(url.origin) ? 'operator' : undefined);
  return kind ? { ok: true, target: { origin: url.origin, host: url.host, kind } } : { ok: false, host: url.host };
}
