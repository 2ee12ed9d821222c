import type { Plugin, Rollup } from 'vite';

/** The entry of the embedded mock: its chunk is what Mock mode waits for before the first screen. */
const MOCK_ENTRY = '/src/mocks/browser.ts';
const CONNECTION_STORAGE_KEY = 'cts-console.connection.v1';

/**
 * Starts downloading the mock's chunk with the page, in Mock mode only (the default, unless the
 * stored connection says Live, as src/api/connection.ts reads it): otherwise it is requested only
 * after the app's own code has downloaded and run. Live mode still downloads none of the mock.
 */
export function mockPreload(): Plugin {
  let base = '/';
  return {
    name: 'cts-mock-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output): output is Rollup.OutputChunk => output.type === 'chunk' && output.facadeModuleId?.endsWith(MOCK_ENTRY) === true,
        );
        if (!chunk) {
          return html;
        }
        // The chunk and every chunk it imports, directly or not (some are the app's, already requested).
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const output = context.bundle?.[fileName];
          if (!files.has(fileName) && output?.type === 'chunk') {
            files.add(fileName);
            output.imports.forEach(visit);
          }
        };
        visit(chunk.fileName);
        const hrefs = JSON.stringify([...files].map((file) => `${base}${file}`));
        const key = JSON.stringify(CONNECTION_STORAGE_KEY);
        return [
          {
            tag: 'script',
            injectTo: 'head',
            children:
              `try{var c=JSON.parse(localStorage.getItem(${key})||'{}');` +
              `if(!c||c.mode!=='live'){${hrefs}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)})}}catch(e){}`,
          },
        ];
      },
    },
  };
}
