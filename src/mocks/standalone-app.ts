import { createMiddleware } from '@mswjs/http-middleware';
import express, { type Express } from 'express';
import type { SdkKeys } from '@/api/signing/sdk-hmac-sha256';
import type { MockDb } from '@/mocks/db/mock-db';
import { createCtsHandlers } from '@/mocks/cts-handlers';

const ALLOWED_HEADERS = [
  'Content-Type',
  'X-Auth-Token',
  'Authorization',
  'X-Sdk-Date',
  'X-Project-Id',
  'X-Domain-Id',
  'X-Language',
  'User-Agent',
];

/**
 * The mock CTS over HTTP: the very same MSW handlers behind express (`@mswjs/http-middleware`),
 * with CORS so that a console on another origin (Live mode) can call it.
 */
export function createStandaloneApp(db: MockDb, signingKeys: SdkKeys | null = null): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Vary', 'Origin');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    response.setHeader('Access-Control-Expose-Headers', 'X-Request-Id');
    response.setHeader('Access-Control-Max-Age', '600');
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next();
  });
  app.use(createMiddleware(...createCtsHandlers(db, signingKeys)));
  // Outside /v3 and /mock nothing is served; answer as the gateway does rather than with HTML.
  app.use((_request, response) => {
    response.status(404).json({ error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment.' });
  });
  return app;
}
