/**
 * The simulated OBS buckets' paths (`/obs/{bucket}[/{key}]`, src/mocks/handlers/obs-objects.ts):
 * answered by the OBS handler directly, in the page and by the standalone server. A module of its
 * own so that the page's first requests can ask without loading the mock.
 */
export function isObsPath(pathname: string): boolean {
  return pathname.startsWith('/obs/');
}
