import type { Connect, Plugin } from 'vite';
import { CONSOLE_CONFIG_PATH, sendConsoleConfig } from '../server/console-config.ts';
import { CTS_PROXY_PATH, createCtsProxy } from '../server/proxy/cts-proxy.ts';
import { OBS_PROXY_PATH, createObsProxy } from '../server/proxy/obs-proxy.ts';
import { allowTargetsFromEnv, signingKeysFromEnv } from '../server/server-options.ts';

/**
 * The production server's CTS and OBS proxies (server/proxy/) in Vite's dev and preview
 * servers, configured by the same environment variables (CTS_PROXY_ALLOW_TARGETS,
 * HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK).
 */
function proxyMiddleware(): Connect.NextHandleFunction {
  const signingKeys = signingKeysFromEnv(process.env);
  const operatorTargets = allowTargetsFromEnv(process.env);
  const proxy = createCtsProxy({ operatorTargets, signingKeys });
  const obsProxy = createObsProxy({ operatorTargets, signingKeys });
  return (req, res, next) => {
    if (req.url?.startsWith(`${CTS_PROXY_PATH}/`)) {
      void proxy(req, res);
    } else if (req.url?.startsWith(`${OBS_PROXY_PATH}/`)) {
      void obsProxy(req, res);
    } else if (req.url === CONSOLE_CONFIG_PATH) {
      sendConsoleConfig(res, { proxy: true, serverCredentials: signingKeys !== null });
    } else {
      next();
    }
  };
}

export function ctsProxy(): Plugin {
  return {
    name: 'cts-proxy',
    configureServer(server) {
      server.middlewares.use(proxyMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(proxyMiddleware());
    },
  };
}
