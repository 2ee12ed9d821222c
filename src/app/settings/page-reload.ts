/**
 * A full page load at `path`. Switching between Mock and Live needs one: the mock's service worker
 * is started (or left out) only when the page loads. Its own module so that tests can replace it.
 */
export function reloadAt(path: string): void {
  window.location.assign(path);
}
