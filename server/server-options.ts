import { parseArgs } from 'node:util';
import type { SdkKeys } from '../src/api/signing/sdk-hmac-sha256.ts';
import { parseOperatorTarget } from './proxy/targets.ts';

export interface ServerOptions {
  port: number;
  host: string;
  dist: string;
  /** Origins the proxy forwards to besides Huawei Cloud's CTS and IAM endpoints. */
  allowTargets: string[];
  /** Endpoints the browser calls directly (Live mode without the proxy): added to connect-src. */
  connectSources: string[];
  /** From the environment only: a secret key is never a flag (shell history, process list). */
  signingKeys: SdkKeys | null;
  serveSourceMaps: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

function list(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** `HUAWEICLOUD_SDK_AK`/`HUAWEICLOUD_SDK_SK`, the names Huawei Cloud's SDKs read. */
export function signingKeysFromEnv(env: Env): SdkKeys | null {
  const accessKey = env.HUAWEICLOUD_SDK_AK?.trim();
  const secretKey = env.HUAWEICLOUD_SDK_SK?.trim();
  if (!accessKey && !secretKey) {
    return null;
  }
  if (!accessKey || !secretKey) {
    throw new Error('Set both HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or neither.');
  }
  return { accessKey, secretKey };
}

/** The proxy's extra targets from `CTS_PROXY_ALLOW_TARGETS` (comma- or space-separated origins). */
export function allowTargetsFromEnv(env: Env): string[] {
  return list(env.CTS_PROXY_ALLOW_TARGETS).map(parseOperatorTarget);
}

export const USAGE = `npm run serve -- [--port 8080] [--host 127.0.0.1] [--dist dist]
  [--allow-target http://127.0.0.1:9000]...  proxy targets besides Huawei Cloud's (env CTS_PROXY_ALLOW_TARGETS)
  [--connect-src https://gateway.example]... endpoints the browser calls directly (env CTS_CONSOLE_CONNECT_SRC)
  [--source-maps]                            serve *.map files (env CTS_CONSOLE_SOURCE_MAPS=1)
Environment: PORT, HOST, HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK (the proxy signs CTS calls with them).`;

/** Flags win over the environment. */
export function serverOptions(args: string[], env: Env): ServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dist: { type: 'string' },
      'allow-target': { type: 'string', multiple: true },
      'connect-src': { type: 'string', multiple: true },
      'source-maps': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.info(USAGE);
    process.exit(0);
  }
  const port = Number(values.port ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a port number, not "${values.port ?? env.PORT}".`);
  }
  return {
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    dist: values.dist ?? env.CTS_CONSOLE_DIST ?? 'dist',
    allowTargets: [...allowTargetsFromEnv(env), ...(values['allow-target'] ?? []).map(parseOperatorTarget)],
    connectSources: [...list(env.CTS_CONSOLE_CONNECT_SRC), ...(values['connect-src'] ?? [])].map(parseOperatorTarget),
    signingKeys: signingKeysFromEnv(env),
    serveSourceMaps: values['source-maps'] ?? env.CTS_CONSOLE_SOURCE_MAPS === '1',
  };
}
