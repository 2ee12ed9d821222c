import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MockDb, type MockPersistence, type PersistedMockState } from '@/mocks/db/mock-db';
import { createStandaloneApp } from '@/mocks/standalone-app';

/**
 * The mock CTS as an HTTP server for curl, Huawei Cloud's SDKs, and the console in Live mode.
 *   npm run mock:server -- --port 9000 [--host 127.0.0.1] [--state-file state.json] [--seed N] [--volume N]
 * State lives in memory, or in the JSON file given, which keeps the changes across restarts.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9000' },
    host: { type: 'string', default: '127.0.0.1' },
    'state-file': { type: 'string' },
    seed: { type: 'string' },
    volume: { type: 'string' },
    // AK/SK signatures are then verified (401 APIGW.0301 when wrong); also MOCK_CTS_AK/MOCK_CTS_SK.
    ak: { type: 'string' },
    sk: { type: 'string' },
  },
});

function filePersistence(path: string): MockPersistence {
  return {
    load() {
      if (!existsSync(path)) {
        return null;
      }
      try {
        const state = JSON.parse(readFileSync(path, 'utf8')) as PersistedMockState;
        return state.version === 1 ? state : null;
      } catch {
        console.warn(`${path} holds no mock state; starting from the seeded state.`);
        return null;
      }
    },
    save(state) {
      writeFileSync(path, JSON.stringify(state, null, 2));
    },
    clear() {
      writeFileSync(path, '{}');
    },
  };
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${name} needs a non-negative integer, not "${value}".`);
    process.exit(2);
  }
  return parsed;
}

const stateFile = values['state-file'];
const db = new MockDb({
  seed: integer(values.seed, 'seed'),
  volume: integer(values.volume, 'volume'),
  persistence: stateFile ? filePersistence(stateFile) : undefined,
});
const port = integer(values.port, 'port') ?? 9000;

const [ak, sk] = [values.ak ?? process.env.MOCK_CTS_AK, values.sk ?? process.env.MOCK_CTS_SK];
const signingKeys = ak && sk ? { accessKey: ak, secretKey: sk } : null;
createStandaloneApp(db, signingKeys).listen(port, values.host, () => {
  console.info(`Mock CTS listening on http://${values.host}:${port} (seed ${db.seed}, ${db.volume} management traces)`);
  console.info('Send X-Auth-Token (any value) or an AK/SK Authorization header; try:');
  console.info(`  curl -H 'X-Auth-Token: demo' http://${values.host}:${port}/v3/any-project/trackers`);
});
