/**
 * Where the proxy may forward: the CTS and IAM endpoints of Huawei Cloud's regions, as its official
 * Node.js SDK lists them (services/cts/v3/CtsRegion.ts, services/iam/v3/IamRegion.ts, release
 * 3.1.209; ../shared/huawei-regions.md, one list in src/api/regions.ts), plus the origins the operator adds.
 */
import { GLOBAL_IAM_ENDPOINT, HUAWEI_REGIONS, ctsEndpointOf } from '../../src/api/regions.ts';

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
  ...HUAWEI_REGIONS.map((region) => [ctsEndpointOf(region.id), 'cts'] as const),
  [GLOBAL_IAM_ENDPOINT, 'iam'],
  ...HUAWEI_REGIONS.flatMap((region) => (region.iam ? [[region.iam, 'iam'] as const] : [])),
]);

/**
 * An operator's origin (`http://127.0.0.1:9000`), normalised, or an error naming what is wrong.
 * They take CTS calls and IAM sign-in calls: the standalone mock, or a gateway in front of CTS.
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
