/**
 * Where the console sends its CTS calls. Mock mode talks to the embedded mock on the console's own
 * origin; Live mode to a real CTS endpoint (or the standalone mock server). Everything but the IAM
 * token is remembered in localStorage; the token lives in sessionStorage only, so it never outlives
 * the browser session and never appears in a URL.
 */
export type ConnectionMode = 'mock' | 'live';

export interface Connection {
  mode: ConnectionMode;
  /** e.g. https://cts.ap-southeast-1.myhuaweicloud.com */
  endpoint: string;
  /** Sent as `bucket_location` by the bucket check. */
  region: string;
  projectId: string;
  /** The account (domain) ID, used by the domain-scoped calls (checkbucket, resources). */
  domainId: string;
  /** Route calls through the console server's `/cts-proxy` for endpoints without CORS headers. */
  useProxy: boolean;
  /**
   * `server`: the console's server holds an AK/SK and signs each call (its `/console-config.json`
   * says so); calls then go through its proxy and the browser sends no token.
   */
  credentials: 'token' | 'server';
  token: string;
  /** When the IAM token lapses (UTC ms), for a token the console signed in for; null when not known (a pasted token). */
  tokenExpiresAt: number | null;
  /** The IAM endpoint the console signed in at; empty for a pasted token. Kept to switch project. */
  iamEndpoint: string;
  /** `user @ account` of the IAM sign-in, shown in the header; empty for a pasted token. */
  signedInAs: string;
}

export const CONNECTION_STORAGE_KEY = 'cts-console.connection.v1';
export const TOKEN_STORAGE_KEY = 'cts-console.token.v1';
export const TOKEN_EXPIRY_STORAGE_KEY = 'cts-console.token-expiry.v1';

/** The mock answers for any IDs; these are replaced by the demo account's once the mock has started. */
export const DEFAULT_CONNECTION: Connection = {
  mode: 'mock',
  endpoint: '',
  region: 'ap-southeast-1',
  projectId: '',
  domainId: '',
  useProxy: false,
  credentials: 'token',
  token: '',
  tokenExpiresAt: null,
  iamEndpoint: '',
  signedInAs: '',
};

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Connection {
  try {
    const stored = JSON.parse(localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '{}') as Partial<Connection>;
    const token = sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
    const expiry = Number(sessionStorage.getItem(TOKEN_EXPIRY_STORAGE_KEY) ?? Number.NaN);
    return { ...DEFAULT_CONNECTION, ...pickKnown(stored), token, tokenExpiresAt: token && Number.isFinite(expiry) ? expiry : null };
  } catch {
    return DEFAULT_CONNECTION;
  }
}

function pickKnown(stored: Partial<Connection>): Partial<Connection> {
  const known: Partial<Connection> = {};
  if (stored.mode === 'mock' || stored.mode === 'live') {
    known.mode = stored.mode;
  }
  for (const key of ['endpoint', 'region', 'projectId', 'domainId', 'iamEndpoint', 'signedInAs'] as const) {
    const value = stored[key];
    if (typeof value === 'string') {
      known[key] = value;
    }
  }
  if (typeof stored.useProxy === 'boolean') {
    known.useProxy = stored.useProxy;
  }
  if (stored.credentials === 'token' || stored.credentials === 'server') {
    known.credentials = stored.credentials;
  }
  return known;
}

let current: Connection = typeof localStorage === 'undefined' ? DEFAULT_CONNECTION : read();
/** The demo account of the embedded mock; only meaningful in mock mode. */
let mockAccount: Pick<Connection, 'projectId' | 'domainId' | 'region'> | null = null;

export function getConnection(): Connection {
  if (current.mode === 'mock' && mockAccount) {
    return { ...current, ...mockAccount };
  }
  return current;
}

export function saveConnection(next: Connection): void {
  const { token, tokenExpiresAt, ...rest } = next;
  localStorage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(rest));
  if (token) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } else {
    sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  }
  if (token && tokenExpiresAt !== null) {
    sessionStorage.setItem(TOKEN_EXPIRY_STORAGE_KEY, String(tokenExpiresAt));
  } else {
    sessionStorage.removeItem(TOKEN_EXPIRY_STORAGE_KEY);
  }
  current = { ...next };
  notify();
}

/** Called once by the app shell after the embedded mock has started. */
export function setMockAccount(account: Pick<Connection, 'projectId' | 'domainId' | 'region'>): void {
  mockAccount = account;
  notify();
}

let workersReachMock: Promise<void> = Promise.resolve();

/**
 * Mock mode: the page's own first requests are answered before the mock's service worker is
 * ready, but a Web Worker's reach the mock only through it. The app shell says when they can.
 */
export function setWorkersReachMock(ready: Promise<void>): void {
  workersReachMock = ready;
}

/** Resolves once a Web Worker's requests reach the embedded mock (at once outside Mock mode); rejects if they never will. */
export function whenWorkersReachMock(): Promise<void> {
  return current.mode === 'mock' ? workersReachMock : Promise.resolve();
}

/**
 * For a Web Worker, which has no storage: it takes the page's connection (token included) with
 * each request it is sent, so it calls the same endpoint as the page.
 */
export function adoptConnection(connection: Connection): void {
  current = { ...connection };
  mockAccount = null;
  notify();
}

function notify() {
  snapshot = getConnection();
  listeners.forEach((listener) => listener());
}

let snapshot = getConnection();

/** For `useSyncExternalStore` in the app shell: a stable snapshot that changes on every save. */
export function getConnectionSnapshot(): Connection {
  return snapshot;
}

export function subscribeConnection(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
