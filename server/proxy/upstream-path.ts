import type { TargetKind } from './targets.ts';

/**
 * IAM calls the console may make: tokens, the projects a token may use, and temporary AK/SK for a
 * token (to read the archive's OBS buckets as the signed-in user).
 */
const IAM_PATHS = [/^\/v3\/auth\/(tokens|projects|domains|catalog)$/, /^\/v3\/projects$/, /^\/v3\.0\/OS-CREDENTIAL\/securitytokens$/];
const SEGMENT = /^(?:[A-Za-z0-9._~:@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+$/;

/**
 * The path and query to append to an allowed origin, or null when the path could reach anything
 * but the API: it must start with `/v3/` (or be IAM's `/v3.0/OS-CREDENTIAL/securitytokens` on a host that
 * answers IAM), and `//`, `\`, `.`/`..` segments, percent-encoded `/`,
 * `\` or `.` and absolute URLs (`/v3/http://…` has a `//`) are refused. Because the origin is
 * never taken from the path, `new URL(path, origin)` cannot be turned towards another host.
 */
export function isIamPath(path: string): boolean {
  return IAM_PATHS.some((pattern) => pattern.test(path));
}

export function upstreamPath(rawPath: string, kind: TargetKind): string | null {
  const queryAt = rawPath.indexOf('?');
  const path = queryAt === -1 ? rawPath : rawPath.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawPath.slice(queryAt);
  const apiPath = path.startsWith('/v3/') || (kind !== 'cts' && isIamPath(path));
  if (!apiPath || /%(2f|5c|2e|00)/i.test(path) || /[\\#\s]/.test(rawPath)) {
    return null;
  }
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) {
    return null;
  }
  if (/[^\x21-\x7e]/.test(query)) {
    return null;
  }
  if (kind === 'iam' && !isIamPath(path)) {
    return null;
  }
  return `${path}${query}`;
}
