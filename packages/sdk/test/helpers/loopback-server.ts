/**
 * A real HTTP server on 127.0.0.1 (port 0) for SDK tests: no stubbed fetch, so ky, the platform
 * fetch, sockets and timers all run as they do for a user. Routes are programmable per test and
 * every request is logged, so a test can count retries and read the headers that were sent.
 *
 *   const server = await startLoopbackServer();
 *   server.route('GET', '/feed.json', [{status: 503, headers: {'retry-after': '1'}}, {json: feed, etag: '"v1"'}]);
 *   ...
 *   assert.equal(server.requestsTo('/feed.json').length, 2);
 *   await server.close();
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export interface LoggedRequest {
  readonly method: string;
  /** Path and query, as received: '/activities?from=2024-01-01'. */
  readonly url: string;
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  /** `performance.now()` when the request arrived: lets a test see that a client waited. */
  readonly at: number;
}

/** A canned answer. With `etag`, a request whose If-None-Match matches gets a 304 instead. */
export interface Reply {
  readonly status?: number;
  readonly statusText?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as is (for invalid JSON and the like). */
  readonly text?: string;
  readonly etag?: string;
  /** Never answer: no status line, no headers. */
  readonly hang?: boolean;
  /** Send the status and headers, then never finish the body. */
  readonly hangBody?: boolean;
}

export type Handler = (request: LoggedRequest, response: ServerResponse) => Reply | void | Promise<Reply | void>;

/** One reply for every request, a list answered in turn (the last one repeats), or a function. */
export type Route = Reply | readonly Reply[] | Handler;

export interface LoopbackServer {
  /** 'http://127.0.0.1:54321' (no trailing slash). */
  readonly origin: string;
  /** `origin` + path. */
  url(path: string): string;
  route(method: string, path: string, route: Route): void;
  /** Every request so far, in order of arrival. */
  readonly requests: readonly LoggedRequest[];
  requestsTo(pathname: string, method?: string): LoggedRequest[];
  /** Forget routes and the request log (between tests). */
  reset(): void;
  /** Stop, dropping hung connections. */
  close(): Promise<void>;
}

function send(response: ServerResponse, request: LoggedRequest, reply: Reply): void {
  if (reply.hang) return;
  const headers: Record<string, string> = {...reply.headers};
  if (reply.etag) {
    headers['etag'] = reply.etag;
    const match = request.headers['if-none-match'];
    if (typeof match === 'string' && match.split(',').map((s) => s.trim()).includes(reply.etag)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
  }
  let body = '';
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  } else if (reply.text !== undefined) {
    body = reply.text;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  }
  const status = reply.status ?? 200;
  if (reply.statusText) response.writeHead(status, reply.statusText, headers);
  else response.writeHead(status, headers);
  if (reply.hangBody) {
    // Half a body, then silence: the client has its headers but the body never ends.
    response.write(body.slice(0, Math.floor(body.length / 2)) || ' ');
    return;
  }
  response.end(body);
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const routes = new Map<string, {route: Route; served: number}>();
  const requests: LoggedRequest[] = [];

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const parsed = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: LoggedRequest = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      pathname: parsed.pathname,
      searchParams: parsed.searchParams,
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: performance.now(),
    };
    // Browsers' preflight, so the same server can serve browser tests.
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-expose-headers', 'etag, retry-after');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST'});
      response.end();
      return;
    }
    requests.push(request);
    const entry = routes.get(`${request.method} ${request.pathname}`);
    if (!entry) {
      send(response, request, {status: 404, json: {error: `no route for ${request.method} ${request.pathname}`}});
      return;
    }
    const {route} = entry;
    const index = entry.served;
    entry.served += 1;
    if (typeof route === 'function') {
      const reply = await route(request, response);
      if (reply) send(response, request, reply);
      return;
    }
    if (Array.isArray(route)) {
      const list = route as readonly Reply[];
      send(response, request, list[Math.min(index, list.length - 1)] ?? {status: 500});
      return;
    }
    send(response, request, route as Reply);
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      response.writeHead(500, {'content-type': 'text/plain'});
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route(method, path, route) {
      routes.set(`${method.toUpperCase()} ${path}`, {route, served: 0});
    },
    get requests() {
      return requests;
    },
    requestsTo: (pathname, method = 'GET') => requests.filter((r) => r.pathname === pathname && r.method === method),
    reset() {
      routes.clear();
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
