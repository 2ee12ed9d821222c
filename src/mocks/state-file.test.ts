import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Notification } from '@/api/contract/types';
import { MockDb } from '@/mocks/db/mock-db';
import { checkPersistedText } from '@/mocks/db/persisted-state';
import { FINANCE_TRACKER_NAME } from '@/mocks/db/seed-world';
import { mockServer } from '@/mocks/node';
import { openStateFile } from '@/mocks/state-file';
import { customizedBody } from '@/mocks/testing/notification-fixtures';

let folder = '';
const children: ChildProcess[] = [];

beforeAll(() => {
  // Real HTTP to a child process: msw/node must not intercept this file's requests.
  mockServer.close();
});

afterAll(() => {
  mockServer.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
  rmSync(folder, { recursive: true, force: true });
});

function freshFolder(): string {
  folder = mkdtempSync(join(tmpdir(), 'cts-mock-state-'));
  return folder;
}

describe('the state file', () => {
  it.each([
    ['{"version":1}', /seed/],
    ['{"version":9,"seed":1}', /version/],
    ['{"version":2,"seed":"x"', /not JSON/],
    ['"a string"', /./],
  ])('sets %s aside with a warning naming it, and starts from the seed', async (content, problem) => {
    const path = join(freshFolder(), 'state.json');
    writeFileSync(path, content);
    const warnings: string[] = [];
    const db = new MockDb({ volume: 200, persistence: openStateFile(path, { warn: (message) => warnings.push(message), compactDelayMs: 10 }) });
    expect(db.trackers.size).toBeGreaterThan(0);
    const [aside] = readdirSync(folder).filter((name) => name.startsWith('state.json.invalid-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(folder, aside ?? ''), 'utf8')).toBe(content);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(folder, aside ?? ''));
    expect(warnings[0]).toMatch(problem);
    await db.change(() => undefined);
    await vi.waitFor(() => expect(existsSync(path) && 'state' in checkPersistedText(readFileSync(path, 'utf8'), 0)).toBe(true));
  });

  it('is never seen half-written, and takes the journal in once changes settle', async () => {
    const path = join(freshFolder(), 'state.json');
    const db = new MockDb({ volume: 200, persistence: openStateFile(path, { compactDelayMs: 10 }) });
    let settled = false;
    const writes = Promise.all(
      Array.from({ length: 100 }, (_, n) => db.change(() => db.traces.add([{ trace_id: `read-${n}`, message: 'x'.repeat(2_000) }], n))),
    ).finally(() => {
      settled = true;
    });
    let reads = 0;
    while (!settled || reads < 50) {
      if (existsSync(path)) {
        expect('state' in checkPersistedText(readFileSync(path, 'utf8'), 0)).toBe(true);
        reads += 1;
      }
      const lines = existsSync(`${path}.journal`) ? readFileSync(`${path}.journal`, 'utf8').split('\n').slice(0, -1) : [];
      // Every line but one being appended is a whole change.
      lines.slice(0, -1).forEach((line) => expect(JSON.parse(line)).toHaveProperty('extras_from'));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writes;
    await vi.waitFor(() => {
      const check = checkPersistedText(readFileSync(path, 'utf8'), 0);
      expect('state' in check && check.state.extraTraces).toHaveLength(100);
      expect(readFileSync(`${path}.journal`, 'utf8')).toBe('');
    });
  });
});

describe('the journal', () => {
  it('replays every change over the state file, ignoring a line cut short', async () => {
    const path = join(freshFolder(), 'state.json');
    const first = new MockDb({ volume: 200, persistence: openStateFile(path, { compactDelayMs: 60_000 }) });
    for (let n = 0; n < 30; n += 1) {
      await first.change(() => first.traces.add([{ trace_id: `journal-${n}` }], n));
    }
    await first.change(() => first.trackers.delete(FINANCE_TRACKER_NAME));
    expect(existsSync(path)).toBe(false);
    appendFileSync(`${path}.journal`, '{"version":2,"seed":');

    const reopened = new MockDb({ volume: 200, persistence: openStateFile(path, { compactDelayMs: 60_000 }) });
    expect(reopened.traces.extra().map((trace) => trace.trace_id)).toEqual(first.traces.extra().map((trace) => trace.trace_id));
    expect(reopened.trackers.has(FINANCE_TRACKER_NAME)).toBe(false);
    expect(reopened.anchor).toBe(first.anchor);
    await reopened.change(() => undefined);
  });
});

const PORT = 9931;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const HEADERS = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };

/** The real server in its own process (what `npm run mock:server` runs), resolved once it listens. */
async function startServer(stateFile: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mocks/standalone.ts', '--port', String(PORT), '--volume', '200', '--state-file', stateFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', () => reject(new Error(`the server exited: ${output}`)));
  });
  return child;
}

describe('a server killed with SIGKILL while writing', () => {
  it('restarts with every change it acknowledged', async () => {
    const stateFile = join(freshFolder(), 'state.json');
    const first = await startServer(stateFile);
    const acknowledged: string[] = [];
    const notifications: string[] = [];
    let killed = false;
    const inject = async (n: number) => {
      const response = await fetch(`${ORIGIN}/mock/traces`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ traces: [{ trace_id: `kill-${n}` }] }) });
      if (response.status === 201) {
        acknowledged.push(`kill-${n}`);
      }
    };
    const notify = async (n: number) => {
      const response = await fetch(`${ORIGIN}/v3/p/notifications`, { method: 'POST', headers: HEADERS, body: JSON.stringify(customizedBody({ notification_name: `kill_${n}` })) });
      if (response.status === 201) {
        notifications.push(((await response.json()) as Notification).notification_id);
      }
    };
    // Waves of concurrent writes; the process dies in the middle of one.
    const waves: Promise<unknown>[] = [];
    for (let wave = 0; wave < 40 && !killed; wave += 1) {
      const batch = Promise.allSettled([
        ...Array.from({ length: 10 }, (_, i) => inject(wave * 10 + i)),
        ...(wave % 10 === 0 ? [notify(wave)] : []),
      ]);
      waves.push(batch);
      if (wave === 25) {
        first.kill('SIGKILL');
        killed = true;
      } else {
        await batch;
      }
    }
    await Promise.allSettled(waves);
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);

    await startServer(stateFile);
    for (const traceId of acknowledged) {
      const found = await fetch(`${ORIGIN}/v3/p/traces?trace_id=${traceId}`, { headers: HEADERS });
      expect(((await found.json()) as { traces: unknown[] }).traces, traceId).toHaveLength(1);
    }
    const listed = (await (await fetch(`${ORIGIN}/v3/p/notifications/smn`, { headers: HEADERS })).json()) as { notifications: Notification[] };
    const ids = listed.notifications.map((notification) => notification.notification_id);
    expect(notifications.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(notifications));
    expect(readdirSync(folder).some((name) => name.includes('invalid'))).toBe(false);
  }, 60_000);
});
