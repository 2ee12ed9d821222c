import { parseArgs } from 'node:util';
import { MockDb } from '@/mocks/db/mock-db';
import { createStandaloneServer } from '@/mocks/standalone-app';
import { readOperationsFile } from '@/mocks/operations-file';
import { openStateFile } from '@/mocks/state-file';

/**
 * The mock CTS as an HTTP server for curl, Huawei Cloud's SDKs, and the console in Live mode.
 *   npm run mock:server -- --port 9000 [--host 127.0.0.1] [--state-file state.json] [--seed N] [--volume N] [--control-token T]
 *     [--ak AK --sk SK] [--operations-file operations.json]
 * State lives in memory, or in the JSON file given, which keeps every acknowledged change across
 * restarts (see state-file.ts).
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9000' },
    host: { type: 'string', default: '127.0.0.1' },
    'state-file': { type: 'string' },
    seed: { type: 'string' },
    volume: { type: 'string' },
    'control-token': { type: 'string' },
    // AK/SK signatures are then verified (401 APIGW.0301 when wrong); also MOCK_CTS_AK/MOCK_CTS_SK.
    ak: { type: 'string' },
    sk: { type: 'string' },
    // A JSON array of {service_type, resource_type, operation_list} that /operations lists beside the catalog.
    'operations-file': { type: 'string' },
  },
});

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

const stateFile = values['state-file'] === undefined ? undefined : openStateFile(values['state-file']);
const db = new MockDb({
  seed: integer(values.seed, 'seed'),
  volume: integer(values.volume, 'volume'),
  persistence: stateFile,
});
const port = integer(values.port, 'port') ?? 9000;
const [ak, sk] = [values.ak ?? process.env.MOCK_CTS_AK, values.sk ?? process.env.MOCK_CTS_SK];
const signingKeys = ak && sk ? { accessKey: ak, secretKey: sk } : null;
const extraOperations = values['operations-file'] === undefined ? [] : readOperationsFile(values['operations-file']);
const server = createStandaloneServer(db, { controlToken: values['control-token'], signingKeys, extraOperations });

server.listen(port, values.host, () => {
  console.info(`Mock CTS listening on http://${values.host}:${port} (seed ${db.seed}, ${db.volume} management traces)`);
  console.info('Send X-Auth-Token (any value) or an AK/SK Authorization header; try:');
  console.info(`  curl -H 'X-Auth-Token: demo' http://${values.host}:${port}/v3/any-project/trackers`);
});

// Every acknowledged change is in the journal already; at a clean stop the state file takes it in.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void (stateFile?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
}
