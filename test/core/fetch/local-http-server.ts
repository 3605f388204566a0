/**
 * A tiny real HTTP server on 127.0.0.1 for the fetch tests: routes by path, records every request
 * it receives (method, path, headers), and closes every connection when the test is done.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  requests: RecordedRequest[];
  /** How many requests arrived for this path. */
  count(path: string): number;
  close(): Promise<void>;
}

export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? '', path, headers: request.headers });
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    count: (path) => requests.filter((request) => request.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a JSON body and the given content type. */
export function json(body: unknown, contentType = 'application/json'): Handler {
  return (_request, response) => {
    const text = JSON.stringify(body);
    response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) }).end(text);
  };
}

/** Answers with a text body and the given content type. */
export function text(body: string, contentType: string, status = 200): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }).end(body);
  };
}

/** Redirects (302 unless told) to `location`. */
export function redirect(location: string, status = 302): Handler {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}

/** Never answers: the request hangs until the client gives up or the server closes. */
export const silent: Handler = () => {};

/**
 * Sends headers at once, then `chunk` every `everyMs` milliseconds, forever (without a
 * Content-Length, so the body is chunked), until the client hangs up.
 */
export function drip(chunk: string, everyMs: number): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.flushHeaders();
    const timer = setInterval(() => response.write(chunk), everyMs);
    response.on('close', () => clearInterval(timer));
  };
}
