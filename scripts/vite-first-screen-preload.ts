import type { Plugin, Rollup } from 'vite';

/** The entry of the embedded mock: Mock mode's first data waits for its chunk. */
const MOCK_ENTRY = '/src/mocks/browser.ts';
/** What the trace list (the first screen of `/` and `/traces`) renders with: src/app/router.tsx and prefetch-trace-list.ts. */
const TRACE_LIST_ENTRIES = ['/src/app/routes/traces-route.tsx', '/src/features/traces/export/export-button.tsx'];
/** The first screen's Chinese messages (src/i18n/i18n.ts), when the remembered or browser language is Chinese (src/i18n/locales.ts). */
const CHINESE_ENTRIES = ['/src/i18n/catalogs/zh-cn-messages.ts'];
const LOCALE_STORAGE_KEY = 'cts-console.locale.v1';
/** Requested by the trace list once rows are certain: at once on the mock, after the first answer in Live mode. */
const TRACE_TABLE_ENTRY = '/src/features/traces/components/trace-table.tsx';
const CONNECTION_STORAGE_KEY = 'cts-console.connection.v1';
/** The paths the trace list answers (src/app/router.tsx, `isTraceList`). */
const TRACE_LIST_PATH = String.raw`^\/(traces\/?)?$`;

/**
 * Requests the first screen's chunks from the document, beside the app's own (no request chain
 * deeper than two: the document, then every chunk): otherwise each is requested only once the code
 * that imports it has downloaded and run. A small inline script chooses them, since one index.html
 * serves every path and both modes:
 * - on the trace list, its route's chunks (and, in Mock mode, the table's);
 * - in Mock mode (the default, unless the stored connection says Live, as src/api/connection.ts
 *   reads it), the mock's chunks. Live mode still downloads none of the mock.
 * They are requested just after the document's first frame (the frame is static HTML), not while
 * it is parsed: a dozen chunks arriving and compiling then held that frame back by 40 to 80 ms on
 * two cores, and still arrive long before the entry's code asks for them.
 * server/security-headers.ts allows the script by its hash.
 */
export function firstScreenPreload(): Plugin {
  let base = '/';
  return {
    name: 'cts-first-screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        // The entry and what it imports are requested by the document already.
        const requested = new Set<string>();
        const visit = (fileName: string, into: string[]) => {
          const output = bundle[fileName];
          if (requested.has(fileName) || output?.type !== 'chunk') {
            return;
          }
          requested.add(fileName);
          into.push(fileName);
          output.imports.forEach((imported) => visit(imported, into));
        };
        chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName, []));
        const filesOf = (entries: string[]) => {
          const files: string[] = [];
          for (const entry of entries) {
            // A grouped module (vite.config.ts) lives in a chunk it is not the facade of.
            const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(entry) === true) ?? chunks.find((candidate) => candidate.moduleIds.some((id) => id.endsWith(entry)));
            if (!chunk) {
              throw new Error(`first-screen preload: no chunk for ${entry}`);
            }
            visit(chunk.fileName, files);
          }
          return JSON.stringify(files.map((file) => `${base}${file}`));
        };
        const route = filesOf(TRACE_LIST_ENTRIES);
        const mock = filesOf([MOCK_ENTRY]);
        const table = filesOf([TRACE_TABLE_ENTRY]);
        const chinese = filesOf(CHINESE_ENTRIES);
        const key = JSON.stringify(CONNECTION_STORAGE_KEY);
        const localeKey = JSON.stringify(LOCALE_STORAGE_KEY);
        return [
          {
            tag: 'script',
            injectTo: 'head',
            children:
              // After the frame that paints the document: its rAF callback, then a task.
              `requestAnimationFrame(function(){setTimeout(function(){` +
              `try{var c=JSON.parse(localStorage.getItem(${key})||'{}'),m=!c||c.mode!=='live',` +
              `a=function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)};` +
              // The mock first: the largest, and the first rows wait for it.
              `if(m){${mock}.forEach(a)}` +
              `var s=localStorage.getItem(${localeKey}),b=(navigator.languages||[]).filter(function(t){return /^(zh|en)\\b/i.test(t)})[0]||'';` +
              `if(s==='zh-CN'||(s!=='en'&&/^zh/i.test(b))){${chinese}.forEach(a)}` +
              `if(/${TRACE_LIST_PATH}/.test(location.pathname)){${route}.forEach(a);if(m){${table}.forEach(a)}}}catch(e){}` +
              `},0)})`,
          },
        ];
      },
    },
  };
}
