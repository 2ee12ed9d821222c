import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

/**
 * The browser cannot call a CTS endpoint that sends no CORS headers. In Live mode with
 * "Send through the console's proxy" on, the client calls `/cts-proxy/v3/...` on the console's own
 * origin and names the real endpoint in `X-Cts-Target`; this middleware (dev and preview servers
 * only) forwards the call there and relays the answer. A header rather than a fixed target lets the
 * user switch endpoints in the settings without restarting the server.
 */
export const CTS_PROXY_PATH = '/cts-proxy';
const TARGET_HEADER = 'x-cts-target';
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'origin', 'referer', TARGET_HEADER]);

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    return undefined;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

function fail(res: ServerResponse, status: number, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error_code: 'PROXY.0001', error_msg: message }));
}

const forward: Connect.NextHandleFunction = (req, res, next) => {
  if (!req.url?.startsWith(`${CTS_PROXY_PATH}/`)) {
    next();
    return;
  }
  const target = req.headers[TARGET_HEADER];
  if (typeof target !== 'string' || !/^https?:\/\/[^/]+/.test(target)) {
    fail(res, 400, `The console proxy needs an ${TARGET_HEADER} header with the endpoint URL.`);
    return;
  }
  const url = new URL(req.url.slice(CTS_PROXY_PATH.length), target.replace(/\/+$/, ''));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (!HOP_BY_HOP.has(name) && typeof value === 'string') {
      headers.set(name, value);
    }
  }
  readBody(req)
    .then((body) => fetch(url, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined }))
    .then(async (answer) => {
      res.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') {
          res.setHeader(name, value);
        }
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
    })
    .catch((error: unknown) => {
      fail(res, 502, `The console proxy could not reach ${url.origin}: ${String(error)}`);
    });
};

export function ctsProxy(): Plugin {
  return {
    name: 'cts-proxy',
    configureServer(server) {
      server.middlewares.use(forward);
    },
    configurePreviewServer(server) {
      server.middlewares.use(forward);
    },
  };
}
