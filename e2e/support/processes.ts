import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Starts a server of the project for one spec (its own process group, so that stopping it stops
 * npm and tsx under it), and waits until `readyUrl` answers.
 */
export async function startServer(command: string, args: string[], readyUrl: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
    }
    try {
      await fetch(readyUrl);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  stopServer(child);
  throw new Error(`${readyUrl} did not answer within 60 s`);
}

export function stopServer(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) {
    process.kill(-child.pid, 'SIGTERM');
  }
}
