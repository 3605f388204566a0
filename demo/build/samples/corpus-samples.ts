/**
 * The gallery's real credentials, chosen from the shared conformance corpus beside the project
 * (../shared/corpus). They are copied into the built site only, never into the repository, and
 * only from sources whose licence allows it (see each `licence`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../../components/core/index.ts';
import { CORPUS, CORPUS_CASES, CORPUS_NOW, corpusDocuments, type CorpusCase } from '../../../test/support/corpus.ts';
import type { GallerySampleId, SampleSource } from '../../src/samples/sample-record.ts';

export interface CorpusPick {
  id: Exclude<GallerySampleId, 'eu-micro-credential'>;
  file: string;
  /** Verified by fetching this URL (served from the preloaded documents) rather than given as a file. */
  url?: string;
}

export const CORPUS_PICKS: readonly CorpusPick[] = [
  { id: 'ob3-status-list', file: 'dcc-verifier-core/v2-valid-status.json' },
  { id: 'ob2-hosted', file: '1edtech-validator/ob20/basic-assertion.json', url: 'https://example.org/beths-robotics-badge.json' },
  { id: 'vc-jose', file: 'credo-ts/vc-jose/credo-es256-didjwk.vc2.jwt' },
  { id: 'expired', file: 'dcc-verifier-core/v2-expired.json' },
  { id: 'revoked', file: 'dcc-verifier-core/v2-revoked.json' },
  { id: 'tampered', file: 'dcc-verifier-core/derived/v2-tampered.json' },
  { id: 'status-list-unreachable', file: 'dcc-verifier-core/v2-two-proofs-bad-status-url.json' },
  { id: 'europass-test-seal', file: 'eu/ec-elm/Sample-MC-Annex1-signed.jsonld' },
];

/** Licences of the repositories the picks come from (../shared/corpus/SOURCES.md). */
const LICENCES: Readonly<Record<string, string>> = {
  'digitalcredentials/verifier-core': 'MIT',
  '1EdTech/digital-credentials-public-validator': 'Apache-2.0',
  'openwallet-foundation/credo-ts': 'Apache-2.0',
  'european-commission-empl/European-Learning-Model': 'EUPL-1.2',
};

/** The Europass samples' cases point at eu/README.md; this is what it names for eu/ec-elm. */
const EC_ELM_SOURCE = { repo: 'european-commission-empl/European-Learning-Model', path: 'samples (Sample-MC-Annex1-signed.jsonld)' };

export const corpusNow: string = CORPUS_NOW;

export function corpusCase(file: string): CorpusCase {
  const found = CORPUS_CASES.find((entry) => entry.file === file);
  if (!found) throw new Error(`${file} is not a case of the corpus at ${CORPUS}`);
  return found;
}

export function corpusExpectation(file: string): Verdict {
  return corpusCase(file).expect;
}

export function corpusSource(file: string): SampleSource {
  const source = (corpusCase(file) as CorpusCase & { source?: { repo?: string; path?: string; how?: string } }).source;
  const repo = source?.path ? source.repo! : EC_ELM_SOURCE.repo;
  const path = source?.path ?? EC_ELM_SOURCE.path;
  const licence = LICENCES[repo];
  if (!licence) throw new Error(`no licence recorded for ${repo}: pick a sample from a repository whose licence allows copying`);
  return { repository: repo, path, licence, ...(source?.how && source.how !== 'verbatim' ? { how: source.how } : {}) };
}

export function corpusBytes(file: string): Buffer {
  return readFileSync(join(CORPUS, file));
}

/** Every document the corpus maps, plus each hosted Open Badges 2.0 pick served at its own id. */
export function corpusDocumentMap(): Map<string, unknown> {
  const documents = corpusDocuments();
  for (const pick of CORPUS_PICKS) {
    if (pick.url) documents.set(pick.url, JSON.parse(corpusBytes(pick.file).toString('utf8')));
  }
  return documents;
}
