import type { ServerResponse } from 'node:http';

/**
 * What the browser learns from the server it was loaded from: that the CTS proxy is there, and
 * whether the server holds AK/SK credentials and signs CTS calls itself (then the connection
 * settings offer "credentials held by the server" and the browser needs no token). Static
 * deployments have no such file, so the settings offer neither.
 */
export const CONSOLE_CONFIG_PATH = '/console-config.json';

export interface ConsoleConfig {
  proxy: true;
  serverCredentials: boolean;
}

export function sendConsoleConfig(res: ServerResponse, config: ConsoleConfig): void {
  const body = JSON.stringify(config);
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
