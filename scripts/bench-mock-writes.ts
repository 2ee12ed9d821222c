import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, type Server, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockDb } from '@/mocks/db/mock-db';
import { SYSTEM_TRACKER_ID } from '@/mocks/db/seed-world';
import { createStandaloneServer } from '@/mocks/standalone-app';
import { openStateFile } from '@/mocks/state-file';

const HEADERS = { 'X-Auth-Token': 'bench', 'Content-Type': 'application/json' };
const NOTIFICATION = {
  operation_type: 'complete',
  notify_user_list: [],
  topic_id: 'urn:smn:ap-southeast-1:bench:topic',
};

/** The standalone server with a state file in a fresh folder, as `npm run mock:server -- --state-file` runs it. */
async function withServer<T>(run: (origin: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'cts-bench-'));
  const stateFile = openStateFile(join(folder, 'state.json'));
  const db = new MockDb({ volume: 10_000, persistence: stateFile });
  const server: Server = createStandaloneServer(db);
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await stateFile.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

// A client as an SDK or a load tool runs one: keep-alive connections, up to 100 at once.
const agent = new Agent({ keepAlive: true, maxSockets: 100 });

function send(origin: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    // Node frames a DELETE body only with an explicit length.
    const headers = payload === undefined ? HEADERS : { ...HEADERS, 'Content-Length': Buffer.byteLength(payload) };
    const outgoing = request(`${origin}${path}`, { method, agent, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => {
        if ((response.statusCode ?? 500) >= 400) {
          reject(new Error(`${method} ${path} answered ${response.statusCode ?? 0}: ${text}`));
        } else {
          resolve(text ? (JSON.parse(text) as unknown) : undefined);
        }
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const TAGS = `/v3/bench/cts-tracker/${SYSTEM_TRACKER_ID}/tags`;

/** Sequential tracker and notification writes per second (tags set and removed, notifications created and deleted), with a state file. */
export async function benchMockWriteThroughput(writes: number): Promise<number> {
  return withServer(async (origin) => {
    let notificationId = '';
    const started = performance.now();
    for (let n = 0; n < writes; n += 1) {
      if (n % 4 === 0) {
        await send(origin, 'POST', `${TAGS}/create`, { tags: [{ key: 'bench', value: String(n) }] });
      } else if (n % 4 === 1) {
        await send(origin, 'DELETE', `${TAGS}/delete`, { tags: [{ key: 'bench' }] });
      } else if (n % 4 === 2) {
        const created = (await send(origin, 'POST', '/v3/bench/notifications', { ...NOTIFICATION, notification_name: `bench_${n}` })) as { notification_id: string };
        notificationId = created.notification_id;
      } else {
        await send(origin, 'DELETE', `/v3/bench/notifications?notification_id=${notificationId}`);
      }
    }
    return writes / ((performance.now() - started) / 1000);
  });
}

/** Seconds for 1,000 concurrent mixed requests (reads of traces and trackers, writes, trace injections). */
export async function benchMockConcurrent(requests: number): Promise<number> {
  return withServer(async (origin) => {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: requests }, (_, n) => {
        switch (n % 4) {
          case 0:
            return send(origin, 'GET', '/v3/bench/traces?limit=50&service_type=ECS');
          case 1:
            return send(origin, 'GET', '/v3/bench/trackers');
          case 2:
            return send(origin, 'POST', '/mock/traces', { traces: [{ trace_name: 'benchTrace', message: `n${n}` }] });
          default:
            return send(origin, 'POST', `${TAGS}/create`, { tags: [{ key: `k${n % 10}`, value: String(n) }] });
        }
      }),
    );
    return (performance.now() - started) / 1000;
  });
}
