import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createMiddleware } from '@mswjs/http-middleware';
import express from 'express';
import { MockDb, type MockPersistence, type PersistedMockState } from '@/mocks/db/mock-db';
import { createCtsHandlers } from '@/mocks/cts-handlers';

/**
 * The mock CTS as an HTTP server for curl, Huawei Cloud's SDKs, and the console in Live mode:
 * the same MSW handlers behind express (`@mswjs/http-middleware`), not a second implementation.
 *   npm run mock:server -- --port 9000 [--host 127.0.0.1] [--state-file state.json] [--seed N] [--volume N]
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9000' },
    host: { type: 'string', default: '127.0.0.1' },
    'state-file': { type: 'string' },
    seed: { type: 'string' },
    volume: { type: 'string' },
  },
});

function filePersistence(path: string): MockPersistence {
  return {
    load() {
      if (!existsSync(path)) {
        return null;
      }
      const state = JSON.parse(readFileSync(path, 'utf8')) as PersistedMockState;
      return state.version === 1 ? state : null;
    },
    save(state) {
      writeFileSync(path, JSON.stringify(state, null, 2));
    },
    clear() {
      writeFileSync(path, '{}');
    },
  };
}

const stateFile = values['state-file'];
const db = new MockDb({
  seed: values.seed === undefined ? undefined : Number(values.seed),
  volume: values.volume === undefined ? undefined : Number(values.volume),
  persistence: stateFile ? filePersistence(stateFile) : undefined,
});

const ALLOWED_HEADERS = [
  'Content-Type',
  'X-Auth-Token',
  'Authorization',
  'X-Sdk-Date',
  'X-Project-Id',
  'X-Domain-Id',
  'X-Language',
  'X-Cts-Target',
  'User-Agent',
];

const app = express();
app.disable('x-powered-by');
// The console in Live mode calls this server from another origin.
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
app.use(createMiddleware(...createCtsHandlers(db)));
app.use((_request, response) => {
  response.status(404).json({ error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment.' });
});

const port = Number(values.port);
app.listen(port, values.host, () => {
  console.info(`Mock CTS listening on http://${values.host}:${port} (seed ${db.seed}, ${db.volume} management traces)`);
  console.info('Send X-Auth-Token (any value) or an AK/SK Authorization header; try:');
  console.info(`  curl -H 'X-Auth-Token: demo' http://${values.host}:${port}/v3/any-project/trackers`);
});
