/**
 * A real HTTP server that counts: every request it received, how many it is answering right now,
 * and the most it ever answered at once. It serves whatever `answer` returns for a path, after an
 * optional latency. The extension's bounded-work tests (research/security.md §6 G #85) and its
 * benchmark read these counts; bound to another loopback address (127.0.0.2), it stands in for a
 * private host that must never be reached (#81, #82).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MeteredAnswer {
  status?: number;
  contentType?: string;
  body: string;
}

export interface MeteredServerOptions {
  /** Default: 127.0.0.1. */
  host?: string;
  /** What to answer for a path; undefined answers 404. Default: 404 for everything. */
  answer?: (path: string) => MeteredAnswer | undefined;
}

export interface MeteredServer {
  /** http://<host>:<port> */
  readonly origin: string;
  /** The paths requested, in order. */
  readonly paths: readonly string[];
  /** Requests being answered now. */
  readonly inFlight: number;
  /** The most requests answered at once since the last reset. */
  readonly maxInFlight: number;
  /** Milliseconds each answer waits before it is sent. */
  latencyMs: number;
  /** Forgets the requests and the peak so far. */
  reset(): void;
  close(): Promise<void>;
}

export async function startMeteredServer(options: MeteredServerOptions = {}): Promise<MeteredServer> {
  const host = options.host ?? '127.0.0.1';
  const paths: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let latencyMs = 0;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    paths.push(path);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.once('close', () => inFlight--);
    setTimeout(() => {
      const answer = options.answer?.(path);
      if (!answer) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      else response.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'application/json' }).end(answer.body);
    }, latencyMs);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    paths,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get latencyMs() {
      return latencyMs;
    },
    set latencyMs(value: number) {
      latencyMs = value;
    },
    reset() {
      paths.length = 0;
      maxInFlight = inFlight;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
