/**
 * The production server's CTS proxy (server/), measured as deployed: `server/main.ts` in its own
 * Node process in front of the standalone mock.
 * - proxy_overhead_ms: median added latency of a proxied `GET /v3/.../traces` versus calling the
 *   mock directly (alternating, keep-alive, after a warm-up).
 * - proxy_rss_mib_after_100mb: the server's resident memory after two refused 100 MB uploads, one
 *   declared by Content-Length, one chunked (which the proxy must count, not hold).
 * Run alone with `npx tsx scripts/bench-proxy.ts` (after `npm run build`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './bench-median';

const SERVER_PORT = Number(process.env.BENCH_PROXY_PORT ?? 4185);
const MOCK_PORT = Number(process.env.BENCH_PROXY_MOCK_PORT ?? 9785);
const SERVER = `http://127.0.0.1:${SERVER_PORT}`;
const MOCK = `http://127.0.0.1:${MOCK_PORT}`;
const TRACES_PATH = '/v3/bench-project/traces?limit=50&trace_type=system';
const CALLS = 200;

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return performance.now() - start;
}

async function overhead(): Promise<number> {
  const direct: number[] = [];
  const proxied: number[] = [];
  for (let call = 0; call < CALLS + 20; call += 1) {
    const directMs = await timed(`${MOCK}${TRACES_PATH}`, { 'X-Auth-Token': 'bench' });
    const proxiedMs = await timed(`${SERVER}/cts-proxy${TRACES_PATH}`, { 'X-Auth-Token': 'bench', 'X-Cts-Target': MOCK });
    if (call >= 20) {
      direct.push(directMs);
      proxied.push(proxiedMs);
    }
  }
  return median(proxied) - median(direct);
}

/**
 * Streams 100 MB of zeros at the proxy until it answers; resolves to its status, or to 0 when the
 * server closed the connection on the body before the client could read its answer.
 */
function upload100Mb(declared: boolean): Promise<number> {
  const size = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024);
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'X-Cts-Target': MOCK, 'X-Auth-Token': 'bench', 'Content-Type': 'application/json' };
    if (declared) {
      headers['Content-Length'] = size;
    }
    const call = request(`${SERVER}/cts-proxy/v3/bench-project/tracker`, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      call.destroy();
    });
    call.on('error', () => resolve(0));
    let sent = 0;
    const write = () => {
      while (sent < size && !call.destroyed) {
        sent += chunk.length;
        if (!call.write(chunk)) {
          call.once('drain', write);
          return;
        }
      }
      call.end();
    };
    write();
  });
}

function rssMib(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) {
      throw new Error(`${url} exited (the production server needs npm run build first).`);
    }
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer`);
}

export async function benchProxy() {
  // `node --import tsx`, not the tsx CLI: the process measured is the server itself.
  const start = (...args: string[]) => spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: 'ignore' });
  const mock = start('src/mocks/standalone.ts', '--port', String(MOCK_PORT), '--volume', '2000');
  const server = start('server/main.ts', '--port', String(SERVER_PORT), '--allow-target', MOCK);
  try {
    await Promise.all([waitFor(`${MOCK}/mock/state`, mock), waitFor(`${SERVER}/console-config.json`, server)]);
    const overheadMs = await overhead();
    const statuses = [await upload100Mb(true), await upload100Mb(false)];
    if (statuses.some((status) => status !== 413 && status !== 0)) {
      throw new Error(`The 100 MB uploads answered ${statuses.join(', ')}, not 413`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rss = rssMib(server.pid ?? 0);
    return {
      proxy_overhead_ms: { value: Math.round(overheadMs * 100) / 100, unit: 'ms', budget: 5 },
      proxy_rss_mib_after_100mb: { value: Math.round(rss * 10) / 10, unit: 'MiB', budget: 150 },
    };
  } finally {
    server.kill('SIGTERM');
    mock.kill('SIGTERM');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  benchProxy().then(
    (figures) => {
      for (const [name, figure] of Object.entries(figures)) {
        console.info(`${name} ${figure.value} ${figure.unit} ${figure.budget}`);
      }
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
