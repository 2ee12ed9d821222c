import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { CONSOLE_CONFIG_PATH, sendConsoleConfig } from './console-config.ts';
import { CTS_PROXY_PATH, createCtsProxy } from './proxy/cts-proxy.ts';
import { OBS_PROXY_PATH, createObsProxy } from './proxy/obs-proxy.ts';
import { PERMISSIONS_POLICY, helmetOptions } from './security-headers.ts';
import type { ServerOptions } from './server-options.ts';

/** Hashed build output: cached for a year. Everything else (index.html, the service worker) is revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Paths that are never the SPA: an unknown one is a 404, not index.html. */
const NOT_SPA = /^\/(assets|v3|mock|obs|cts-proxy|obs-proxy)(\/|$)|\.[a-z0-9]+$/i;

/**
 * The production server: `dist/` with SPA fallback, compression, security headers, and the CTS
 * proxy. Stateless (no sessions, nothing in memory between requests), so replicas need nothing shared.
 */
export async function buildApp(options: Omit<ServerOptions, 'port' | 'host'>, logger = false): Promise<FastifyInstance> {
  const root = resolve(options.dist);
  const indexHtml = await readFile(resolve(root, 'index.html'), 'utf8').catch(() => {
    throw new Error(`${root}/index.html is missing: run npm run build first.`);
  });
  const app = Fastify({ logger });
  await app.register(fastifyHelmet, helmetOptions(indexHtml, options.connectSources));
  app.addHook('onRequest', (_request, reply, done) => {
    // On the raw response, so that the proxy's hijacked answers carry it too.
    reply.raw.setHeader('permissions-policy', PERMISSIONS_POLICY);
    done();
  });
  await app.register(fastifyCompress, { threshold: 1024 });

  const proxy = createCtsProxy({ operatorTargets: options.allowTargets, signingKeys: options.signingKeys });
  const obsProxy = createObsProxy({ operatorTargets: options.allowTargets, signingKeys: options.signingKeys });
  await app.register(async (scope) => {
    // The proxy streams bodies itself: no parser may read them first.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all(`${CTS_PROXY_PATH}/*`, (request, reply) => {
      reply.hijack();
      void proxy(request.raw, reply.raw);
    });
    scope.all(`${OBS_PROXY_PATH}/*`, (request, reply) => {
      reply.hijack();
      void obsProxy(request.raw, reply.raw);
    });
  });
  app.get(CONSOLE_CONFIG_PATH, (_request, reply) => {
    reply.hijack();
    sendConsoleConfig(reply.raw, { proxy: true, serverCredentials: options.signingKeys !== null });
  });

  await app.register(fastifyStatic, {
    root,
    index: false,
    // Source maps expose the sources; served only when asked for.
    allowedPath: (pathName) => options.serveSourceMaps || !pathName.endsWith('.map'),
    setHeaders(res, path) {
      res.header('cache-control', path.startsWith(resolve(root, 'assets')) ? IMMUTABLE : 'no-cache');
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  app.get('/', (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if ((request.method === 'GET' || request.method === 'HEAD') && !NOT_SPA.test(path)) {
      return sendIndex(reply);
    }
    return reply.code(404).send({ error_code: 'CONSOLE.0404', error_msg: 'Not found.' });
  });
  return app;
}
