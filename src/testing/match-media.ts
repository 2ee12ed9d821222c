/**
 * jsdom has no `matchMedia`. This one answers width queries against `window.innerWidth` (jsdom:
 * 1024, a desktop) and says "light" to `prefers-color-scheme`, so responsive code takes real paths.
 */
function evaluate(query: string): boolean {
  const clauses = query.replace(/^@media\s*/, '').split(/\s+and\s+/);
  return clauses.every((clause) => {
    const width = /\((min|max)-width:\s*([\d.]+)px\)/.exec(clause);
    if (width) {
      const limit = Number(width[2]);
      return width[1] === 'min' ? window.innerWidth >= limit : window.innerWidth <= limit;
    }
    return /prefers-color-scheme:\s*light/.test(clause);
  });
}

export function installMatchMedia(): void {
  window.matchMedia = (query: string): MediaQueryList => ({
    media: query,
    matches: evaluate(query),
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}
