/**
 * The sample catalogue the build writes to `samples/catalogue.json` and the pages read: which
 * credentials the demo serves, how each is given to `<mc-verify>`, and the verdict the build saw.
 */
import type { ProblemCode, Verdict } from '../../../components/core/index.ts';

/** Samples in the gallery: real corpus credentials and the demo's own EU micro-credential. */
export const GALLERY_SAMPLES = [
  'eu-micro-credential',
  'ob3-status-list',
  'ob2-hosted',
  'vc-jose',
  'expired',
  'revoked',
  'tampered',
  'status-list-unreachable',
  'europass-test-seal',
] as const;

/** Samples for the recruiter preview: the demo's own credentials with the problems learners meet. */
export const PREVIEW_SAMPLES = ['expiring-soon', 'status-list-missing', 'no-workload', 'foreign-key', 'wallet-link'] as const;

export type GallerySampleId = (typeof GALLERY_SAMPLES)[number];
export type PreviewSampleId = (typeof PREVIEW_SAMPLES)[number];
export type SampleId = GallerySampleId | PreviewSampleId;

/** How a sample reaches the element: a URL it fetches (from the preloaded documents), or a file's content. */
export type SampleInput = { kind: 'src'; url: string } | { kind: 'file'; file: string; as: 'text' | 'bytes' };

export interface SampleDownload {
  /** Path under the site root. */
  file: string;
  format: 'json' | 'jwt' | 'png' | 'svg' | 'pdf';
}

export interface SampleSource {
  repository: string;
  path: string;
  licence: string;
  /** How the corpus made the file from the original, when it is not a verbatim copy. */
  how?: string;
}

export interface SampleRecord {
  id: SampleId;
  input: SampleInput;
  /** The instant the gallery judges the sample at, so it reads the same whenever the site is opened. */
  judgedAt: string;
  /** The verdict the build saw, judged at `judgedAt` with the demo's documents. */
  expect: Verdict;
  /** The problem and warning codes of that report. */
  codes: ProblemCode[];
  /** Where a corpus sample comes from; absent for the demo's own. */
  source?: SampleSource;
  downloads: SampleDownload[];
}

export interface SampleCatalogue {
  /** When the build issued the demo's own samples. */
  builtAt: string;
  samples: SampleRecord[];
  /** Credential links to try on the Check page; each resolves from the demo's documents. */
  links: { id: SampleId; url: string }[];
}

/** The catalogue and the documents file, relative to the site root. */
export const CATALOGUE_PATH = 'samples/catalogue.json';
export const DOCUMENTS_PATH = 'samples/documents.json';

/**
 * documents.json: every document the samples need, by URL or DID. JSON documents are kept parsed;
 * anything else (images) as base64, so the file stays JSON.
 */
export interface DocumentsFile {
  json: Record<string, unknown>;
  base64: Record<string, string>;
}
