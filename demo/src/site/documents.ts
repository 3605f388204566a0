/** The sample catalogue and the documents the samples need, as the build wrote them. */
import { CATALOGUE_PATH, DOCUMENTS_PATH, type DocumentsFile, type SampleCatalogue } from '../samples/sample-record.ts';

export interface Samples {
  catalogue: SampleCatalogue;
  /** URL or DID → document, for the elements' `documents` property. */
  documents: Record<string, unknown>;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export async function loadSamples(): Promise<Samples> {
  const [catalogue, file] = await Promise.all([fetchJson<SampleCatalogue>(CATALOGUE_PATH), fetchJson<DocumentsFile>(DOCUMENTS_PATH)]);
  const documents: Record<string, unknown> = { ...file.json };
  for (const [key, base64] of Object.entries(file.base64)) documents[key] = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return { catalogue, documents };
}

/** What a sample's element is given: its URL, or its file's text or bytes. */
export async function sampleInput(catalogue: SampleCatalogue, id: string): Promise<{ src: string } | { credential: string | Uint8Array }> {
  const sample = catalogue.samples.find((entry) => entry.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  if (sample.input.kind === 'src') return { src: sample.input.url };
  const response = await fetch(new URL(sample.input.file, document.baseURI));
  if (!response.ok) throw new Error(`${sample.input.file} answered ${response.status}`);
  return { credential: sample.input.as === 'bytes' ? new Uint8Array(await response.arrayBuffer()) : await response.text() };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Hosts that can never be real: the reserved example domains (RFC 2606) the samples live on. */
function isReservedHost(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'example.org' || name === 'example.com' || name === 'example.net' || /\.(?:example|test|invalid)$/.test(name) || /\.example\.(?:org|com|net)$/.test(name);
}

/**
 * The documents for pages that verify online (Check, Preview, Embed): those of the samples'
 * reserved hosts and JSON-LD contexts (which the engine never fetches anyway), but no snapshot of a
 * real URL, so a credential from the real world is always checked against what is live.
 */
export function sampleHostDocuments(documents: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(documents)) {
    const host = key.startsWith('did:web:') ? decodeURIComponent(key.split(':')[2] ?? '') : hostOf(key);
    const isContext = typeof value === 'object' && value !== null && '@context' in value && !('id' in value);
    if (isReservedHost(host) || isContext) kept[key] = value;
  }
  return kept;
}
