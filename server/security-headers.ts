import { createHash } from 'node:crypto';
import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The console's Content-Security-Policy, from the built index.html.
 * - Scripts: its own files, and the inline preload script the build adds
 *   (scripts/vite-first-screen-preload.ts) by the SHA-256 of its text, computed here at server start so
 *   that every build is covered without a build step of its own.
 * - Styles: Emotion (MUI's styling engine) inserts `<style>` elements at run time, hence
 *   'unsafe-inline' for styles only. A nonce would need Emotion's cache set up with it and
 *   index.html rendered per request (no static or CDN serving); injected CSS cannot run script,
 *   which stays locked to 'self' plus one hash.
 * - WebAssembly: 'wasm-unsafe-eval', for DuckDB in the archive explorer (no JavaScript eval).
 * - The MSW service worker of Mock mode: `worker-src 'self'`. Calls: `connect-src 'self'` (the
 *   proxy is on the same origin) plus the direct endpoints the operator configures.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((text) => text.trim() !== '')
    .map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

export function contentSecurityPolicy(indexHtml: string, connectSources: readonly string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // 'wasm-unsafe-eval': the archive explorer compiles DuckDB's WebAssembly (served from 'self');
    // it allows compiling wasm only, not eval of JavaScript.
    'script-src': ["'self'", ...inlineScriptHashes(indexHtml), "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connectSources],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** Features the console never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

export function helmetOptions(indexHtml: string, connectSources: readonly string[]): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(indexHtml, connectSources) },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // The console loads nothing cross-origin that could opt in; direct endpoints are CORS calls.
    crossOriginEmbedderPolicy: false,
  };
}
