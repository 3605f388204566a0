/**
 * A global `fetch` that answers from the corpus documents only, for libraries that cannot be given
 * a document loader (verifier-core builds its loader at import time and fetches remote contexts,
 * did:web documents, status lists and JSON schemas through the global fetch). Unknown URLs get a
 * 404, as from a server that holds only the corpus; nothing ever reaches the network.
 */
import { withoutFragment } from './json.ts';

export interface OfflineFetch {
  /** URLs that were asked for but are not in the corpus, so the report can name them. */
  readonly missed: ReadonlySet<string>;
  restore(): void;
}

export function installOfflineFetch(documents: ReadonlyMap<string, unknown>): OfflineFetch {
  const original = globalThis.fetch;
  const missed = new Set<string>();
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const document = documents.get(url) ?? documents.get(withoutFragment(url));
    if (document === undefined) {
      missed.add(url);
      return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    return new Response(toBody(document), { status: 200, headers: { 'content-type': contentType(document) } });
  };
  return {
    missed,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

function toBody(document: unknown): BodyInit {
  if (document instanceof Uint8Array) return new Uint8Array(document);
  return typeof document === 'string' ? document : JSON.stringify(document);
}

function contentType(document: unknown): string {
  return document instanceof Uint8Array ? 'application/octet-stream' : 'application/json';
}
