/**
 * What the element benchmark's browser loads, served over real HTTP from 127.0.0.1 (a
 * {@link FixtureServer}): the bench page at `/`, the built bundle under `/mc-verify/`, each
 * credential under `/credentials/<corpus path>`, and the corpus documents at `/documents.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FixtureServer } from '../support/fixture-server.ts';
import { BENCH_PAGE, type DocumentsPayload } from './element-page.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.jwt': 'application/jwt',
  '.png': 'image/png',
};

export interface BenchSite {
  server: FixtureServer;
  /** `http://127.0.0.1:<port>`, the page's origin. */
  origin: string;
  /** The URL the page gives `src` for a corpus credential. */
  credentialUrl(file: string): string;
}

export async function serveBenchSite(bundleDir: string, credentials: ReadonlyMap<string, Uint8Array>, documents: ReadonlyMap<string, unknown>): Promise<BenchSite> {
  const server = await FixtureServer.start();
  server.route('/', { body: BENCH_PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } });
  for (const path of filesUnder(bundleDir)) {
    server.route(`/mc-verify/${relative(bundleDir, path)}`, { body: new Uint8Array(readFileSync(path)), headers: { 'content-type': contentType(path) } });
  }
  // The page fetches the credential for every verification, as a page showing one would.
  for (const [file, bytes] of credentials) server.route(`/credentials/${file}`, { body: bytes, headers: { 'content-type': contentType(file), 'cache-control': 'no-store' } });
  server.json('/documents.json', documentsPayload(documents));
  const origin = `http://127.0.0.1:${server.port}`;
  return { server, origin, credentialUrl: (file) => `${origin}/credentials/${file}` };
}

/** JSON documents as they are; the few that are bytes (images, a context that is not strict JSON) in base64. */
function documentsPayload(documents: ReadonlyMap<string, unknown>): DocumentsPayload {
  const payload: DocumentsPayload = { json: {}, base64: {} };
  for (const [url, document] of documents) {
    if (document instanceof Uint8Array) payload.base64[url] = Buffer.from(document).toString('base64');
    else payload.json[url] = document;
  }
  return payload;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function contentType(path: string): string {
  return CONTENT_TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
}
