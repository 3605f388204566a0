/**
 * A real HTTP server on 127.0.0.1 for fixture issuers: DID documents, status lists, hosted
 * credentials. Routes live in memory and can be changed between tests.
 *
 * The engine sees the server as `https://localhost:<port>` (did:web always resolves to https);
 * `loopbackFetch` carries those requests to `http://127.0.0.1:<port>` over plain HTTP.
 *
 * @example
 * ```ts
 * let server: FixtureServer;
 * beforeAll(async () => { server = await FixtureServer.start(); });
 * afterAll(() => server.close());
 *
 * server.json('/lists/1', statusListCredential);
 * server.route('/slow', { body: '{}', delayMs: 500 });
 * const report = await verify(credential, { fetch: loopbackFetch, allowLoopback: true, now });
 * ```
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchLike } from '../../components/core/index.ts';

/** What the server answers on one path. */
export interface Route {
  /** HTTP status. Default: 200, or 302 with `redirect`. */
  status?: number;
  /** Response headers. A JSON body gets `content-type: application/json` unless one is given here. */
  headers?: Record<string, string>;
  /** The body: bytes and text are sent as they are; anything else is sent as JSON. */
  body?: unknown;
  /** Wait this long before answering, in milliseconds. */
  delayMs?: number;
  /** Answer the first N requests with `failStatus` (default 503) instead, then answer normally. */
  failTimes?: number;
  failStatus?: number;
  /** Answer with a redirect to this Location (a path, or an absolute URL). */
  redirect?: string;
  /**
   * Bodies for successive requests, in place of `body`: the first request gets the first, the
   * second the second, and the last is repeated (a document that changes between requests).
   */
  bodies?: readonly unknown[];
  /**
   * How the answer is sent, for fault tests. `whole` (default): at once, with a Content-Length.
   * `chunked`: in 16 KiB chunks without a Content-Length. `stall`: the headers with the full
   * Content-Length and the first half of the body, then nothing more. `drip`: one byte every
   * `dripMs` milliseconds without a Content-Length. `silent`: no answer at all, not even headers.
   * Whatever is left open ends when the client gives up or the server closes.
   */
  delivery?: Delivery;
  /** For `drip`: milliseconds between bytes. Default: 50. */
  dripMs?: number;
}

export type Delivery = 'whole' | 'chunked' | 'stall' | 'drip' | 'silent';

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export class FixtureServer {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server = createServer((request, response) => {
    // A client that gave up (a timeout test) may leave nothing to answer; that is not an error.
    this.handle(request, response).catch(() => response.destroy());
  });
  private readonly routes = new Map<string, Route & { failuresLeft: number; served: number }>();
  private listeningPort = 0;

  private constructor() {}

  /** Starts a server on 127.0.0.1 on a free port. */
  static async start(): Promise<FixtureServer> {
    const fixture = new FixtureServer();
    await new Promise<void>((resolve, reject) => {
      fixture.server.once('error', reject);
      fixture.server.listen(0, '127.0.0.1', () => resolve());
    });
    fixture.listeningPort = (fixture.server.address() as AddressInfo).port;
    return fixture;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** The origin as the engine sees it: `https://localhost:<port>`. */
  get origin(): string {
    return `https://localhost:${this.port}`;
  }

  /** The URL the engine uses for a path on this server, e.g. `url('/lists/1')`. */
  url(path: string): string {
    return `${this.origin}${path}`;
  }

  /** The did:web identifier whose document is at `/<segments>/did.json` on this server. */
  didWeb(...segments: string[]): string {
    return ['did:web', `localhost%3A${this.port}`, ...segments].join(':');
  }

  /** Serves `route` at `path` (without query string), replacing any route there. */
  route(path: string, route: Route): void {
    this.routes.set(path, { ...route, failuresLeft: route.failTimes ?? 0, served: 0 });
  }

  /** Serves a JSON document at `path`. */
  json(path: string, body: unknown, extra: Omit<Route, 'body'> = {}): void {
    this.route(path, { ...extra, body });
  }

  /** Stops serving `path`; it then answers 404. */
  remove(path: string): void {
    this.routes.delete(path);
  }

  /** How many requests reached `path`. */
  hits(path: string): number {
    return this.requests.filter((request) => request.path === path).length;
  }

  /** Stops the server, dropping any connection still open (such as one a slow route holds). */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    this.requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const route = this.routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
    if (response.destroyed) return;
    if (route.failuresLeft > 0) {
      route.failuresLeft--;
      response.writeHead(route.failStatus ?? 503, { 'content-type': 'text/plain' }).end('failing on purpose');
      return;
    }
    if (route.redirect !== undefined) {
      response.writeHead(route.status ?? 302, { location: route.redirect, ...route.headers }).end();
      return;
    }
    if (route.delivery === 'silent') return;
    const body = route.bodies ? route.bodies[Math.min(route.served, route.bodies.length - 1)] : route.body;
    route.served++;
    const { bytes, contentType } = encode(body);
    const headers = { ...(contentType ? { 'content-type': contentType } : {}), ...route.headers };
    deliver(response, route.status ?? 200, headers, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, route);
  }
}

function deliver(response: ServerResponse, status: number, headers: Record<string, string>, bytes: Uint8Array, route: Route): void {
  switch (route.delivery ?? 'whole') {
    case 'chunked': {
      response.writeHead(status, headers);
      for (let offset = 0; offset < bytes.byteLength; offset += 16 * 1024) response.write(bytes.subarray(offset, offset + 16 * 1024));
      response.end();
      return;
    }
    case 'stall': {
      response.writeHead(status, { ...headers, 'content-length': String(bytes.byteLength) });
      response.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
      return;
    }
    case 'drip': {
      response.writeHead(status, headers);
      response.flushHeaders();
      let offset = 0;
      const timer = setInterval(() => {
        if (offset >= bytes.byteLength) {
          clearInterval(timer);
          response.end();
          return;
        }
        response.write(bytes.subarray(offset, ++offset));
      }, route.dripMs ?? 50);
      response.on('close', () => clearInterval(timer));
      return;
    }
    default:
      response.writeHead(status, headers).end(bytes);
  }
}

function encode(body: unknown): { bytes: Uint8Array | string; contentType?: string } {
  if (body === undefined) return { bytes: '' };
  if (typeof body === 'string' || body instanceof Uint8Array) return { bytes: body };
  return { bytes: JSON.stringify(body), contentType: 'application/json' };
}

/**
 * A `fetch` for the engine that reaches fixture servers: `https://localhost:PORT/...` (and
 * `http://localhost` or `127.0.0.1`) is fetched as `http://127.0.0.1:PORT/...` with the real
 * global fetch, and the response reports its URL the way the engine named it. Any other URL is
 * refused with a rejected promise, as fetch does for a network error, so no test can reach the
 * internet through it.
 */
export const loopbackFetch: FetchLike = async (input, init) => {
  const url = new URL(input);
  const loopback = (url.protocol === 'https:' || url.protocol === 'http:') && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  if (!loopback) throw new TypeError(`loopbackFetch refuses ${input}: tests never leave 127.0.0.1`);
  const asked = `${url.protocol}//${url.host}`;
  url.protocol = 'http:';
  url.hostname = '127.0.0.1';
  const reached = `http://${url.host}`;
  const response = await fetch(url, init);
  if (response.url.startsWith(reached)) Object.defineProperty(response, 'url', { value: asked + response.url.slice(reached.length) });
  return response;
};

/** A URL on 127.0.0.1 where nothing listens: a port that was free a moment ago. */
export async function deadOrigin(): Promise<string> {
  const server = await FixtureServer.start();
  const { origin } = server;
  await server.close();
  return origin;
}
