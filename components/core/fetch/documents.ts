/**
 * Where documents come from during one verification: the caller's preloaded `documents` map
 * first, then (unless offline) the network under the URL policy. Each URL is retrieved at most
 * once per verification.
 */
import { decodeUtf8, parseJson, type JsonLimits } from '../parse/json.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { fetchBytes, JSON_ACCEPT, type FetchLike, type FetchLimits, type FetchOutcome } from './fetch-bytes.ts';
import type { UrlPolicy } from './url-policy.ts';

/** A preloaded document: parsed JSON, or raw text / bytes as a server would send them. */
export type PreloadedDocument = unknown;

export type JsonDocumentOutcome =
  | { ok: true; url: string; document: unknown }
  | { ok: false; problem: Problem; status?: number };

export interface DocumentSource {
  /** Retrieves a JSON document (a DID document, status list, profile...). */
  json(url: string): Promise<JsonDocumentOutcome>;
  /** Retrieves raw bytes, with the given Accept header. */
  bytes(url: string, accept: string): Promise<FetchOutcome>;
  /** A document the caller preloaded under this exact key, if any. */
  preloaded(key: string): PreloadedDocument | undefined;
}

export interface DocumentSourceConfig {
  documents: ReadonlyMap<string, PreloadedDocument>;
  offline: boolean;
  fetch: FetchLike;
  policy: UrlPolicy;
  limits: FetchLimits;
  json: JsonLimits;
  signal?: AbortSignal | undefined;
}

const JSON_CONTENT_TYPES = /^(application\/([\w.+-]+\+)?json|application\/ld\+json|text\/plain|)$/;

export function createDocumentSource(config: DocumentSourceConfig): DocumentSource {
  const jsonMemo = new Map<string, Promise<JsonDocumentOutcome>>();
  const bytesMemo = new Map<string, Promise<FetchOutcome>>();

  const preloaded = (key: string): PreloadedDocument | undefined =>
    config.documents.get(key) ?? config.documents.get(withoutFragment(key));

  const bytes = (url: string, accept: string): Promise<FetchOutcome> => {
    const key = `${accept} ${withoutFragment(url)}`;
    let pending = bytesMemo.get(key);
    if (!pending) {
      pending = loadBytes(url, accept);
      bytesMemo.set(key, pending);
    }
    return pending;
  };

  async function loadBytes(url: string, accept: string): Promise<FetchOutcome> {
    const local = preloaded(url);
    if (local !== undefined) {
      const body = typeof local === 'string' ? new TextEncoder().encode(local)
        : local instanceof Uint8Array ? local
        : new TextEncoder().encode(JSON.stringify(local));
      return { ok: true, url, status: 200, contentType: '', bytes: body };
    }
    if (config.offline) {
      return { ok: false, problem: problem('DOCUMENT_NOT_PRELOADED', `${quote(url)} is not among the supplied documents`) };
    }
    return fetchBytes({
      url: withoutFragment(url),
      fetch: config.fetch,
      policy: config.policy,
      limits: config.limits,
      accept,
      signal: config.signal,
    });
  }

  async function loadJson(url: string): Promise<JsonDocumentOutcome> {
    const local = preloaded(url);
    if (local !== undefined && typeof local !== 'string' && !(local instanceof Uint8Array)) {
      return { ok: true, url, document: local };
    }
    const fetched = await bytes(url, JSON_ACCEPT);
    if (!fetched.ok) return fetched;
    if (!JSON_CONTENT_TYPES.test(fetched.contentType)) {
      return {
        ok: false,
        problem: problem('FETCH_CONTENT_TYPE', `${quote(url)} was served as ${quote(fetched.contentType)}, not JSON`),
      };
    }
    const parsed = parseJson(decodeUtf8(fetched.bytes), config.json, `the document at ${quote(url)}`);
    if (!parsed.ok) {
      return { ok: false, problem: problem('DOCUMENT_NOT_JSON', parsed.problem.detail) };
    }
    return { ok: true, url: fetched.url, document: parsed.value };
  }

  return {
    preloaded,
    bytes,
    json(url) {
      let pending = jsonMemo.get(url);
      if (!pending) {
        pending = loadJson(url);
        jsonMemo.set(url, pending);
      }
      return pending;
    },
  };
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
