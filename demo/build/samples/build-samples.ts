/**
 * Writes the demo's samples into the built site: the credential files, the documents they need
 * (only those: each sample is verified here with a documents map that records what it reads), and
 * the catalogue with the verdict each one gets. A sample whose verdict is not the one it is meant
 * to show stops the build, so the gallery can never silently show something else.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { verify, type ProblemCode, type Verdict, type VerifyInput } from '../../../components/core/index.ts';
import { bakePng, bakeSvg } from '../../../test/support/bake.ts';
import { qrPdf } from '../../../test/mc-verify/build/fixture-pdf.ts';
import {
  CATALOGUE_PATH,
  DOCUMENTS_PATH,
  type DocumentsFile,
  type SampleCatalogue,
  type SampleDownload,
  type SampleId,
  type SampleInput,
  type SampleRecord,
  type SampleSource,
} from '../../src/samples/sample-record.ts';
import { badgePng, badgeSvg } from './badge-image.ts';
import { CORPUS_PICKS, corpusBytes, corpusDocumentMap, corpusExpectation, corpusNow, corpusSource } from './corpus-samples.ts';
import { CORPUS } from '../../../test/support/corpus.ts';
import { WALLET_PAGE_URL } from './demo-world.ts';
import { issueOwnSamples, type OwnCredentials } from './own-samples.ts';
import type { JsonObject } from './demo-issuer.ts';

/** A documents map that remembers which entries verification read. */
class RecordingDocuments extends Map<string, unknown> {
  readonly read = new Set<string>();

  override get(key: string): unknown {
    const value = super.get(key);
    if (value !== undefined) this.read.add(key);
    return value;
  }
}

interface PlannedSample {
  id: SampleId;
  input: SampleInput;
  /** What the engine is given at build time: the same input the page gives the element. */
  verifyInput: VerifyInput;
  judgedAt: string;
  expect: Verdict;
  source?: SampleSource;
  downloads: SampleDownload[];
}

/** Writes every sample under `siteDir` and returns the catalogue. */
export async function buildSamples(siteDir: string, now: Date): Promise<SampleCatalogue> {
  const own = await issueOwnSamples(now);
  const documents = new RecordingDocuments([...corpusDocumentMap(), ...Object.entries(own.documents)]);
  const write = (path: string, content: string | Uint8Array): string => {
    const target = join(siteDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return path;
  };

  const planned = [...ownSamples(own.credentials, own.judgedAt, write), ...corpusSamples(write)];
  const samples: SampleRecord[] = [];
  for (const sample of planned) {
    const report = await verify(sample.verifyInput, { offline: true, documents, now: sample.judgedAt });
    if (report.verdict !== sample.expect) {
      const reason = report.problems[0] ? `${report.problems[0].code}: ${report.problems[0].detail}` : 'no problem reported';
      throw new Error(`sample ${sample.id} is meant to be ${sample.expect} but verifies as ${report.verdict} (${reason})`);
    }
    const codes = [...new Set<ProblemCode>([...report.problems, ...report.warnings].map((problem) => problem.code))];
    samples.push({
      id: sample.id,
      input: sample.input,
      judgedAt: sample.judgedAt,
      expect: sample.expect,
      codes,
      ...(sample.source ? { source: sample.source } : {}),
      downloads: sample.downloads,
    });
  }

  // The micro-credential is also offered as a link (the Check page, the QR code on its PDF), so its URL must resolve too.
  const microUrl = String(own.credentials.microCredential.id);
  const linked = await verify(microUrl, { offline: true, documents, now: own.judgedAt });
  if (linked.verdict !== 'verified') throw new Error(`the micro-credential's link ${microUrl} verifies as ${linked.verdict}`);
  const links = [{ id: 'eu-micro-credential' as const, url: microUrl }, ...samples.flatMap((sample) => (sample.input.kind === 'src' && sample.source ? [{ id: sample.id, url: sample.input.url }] : []))];

  const file: DocumentsFile = { json: {}, base64: {} };
  for (const key of [...documents.read].sort()) {
    const value = documents.get(key);
    if (value instanceof Uint8Array) file.base64[key] = Buffer.from(value).toString('base64');
    else file.json[key] = value;
  }
  write(DOCUMENTS_PATH, JSON.stringify(file));
  copyCorpusLicences(siteDir);
  const catalogue: SampleCatalogue = { builtAt: now.toISOString(), samples, links };
  write(CATALOGUE_PATH, JSON.stringify(catalogue, null, 2));
  return catalogue;
}

type Write = (path: string, content: string | Uint8Array) => string;

const FILES = 'samples/files';

function ownSamples(credentials: OwnCredentials, judgedAt: string, write: Write): PlannedSample[] {
  const micro = credentials.microCredential;
  const microJson = JSON.stringify(micro);
  const microName = String((micro.credentialSubject as JsonObject & { achievement: JsonObject }).achievement.name);
  const downloads: SampleDownload[] = [
    { file: write(`${FILES}/eu-micro-credential.json`, JSON.stringify(micro, null, 2)), format: 'json' },
    { file: write(`${FILES}/eu-micro-credential-baked.png`, bakePng(badgePng(), 'openbadgecredential', microJson)), format: 'png' },
    { file: write(`${FILES}/eu-micro-credential-baked.svg`, bakeSvg(badgeSvg(microName), { namespace: 'ob3', body: microJson })), format: 'svg' },
    { file: write(`${FILES}/eu-micro-credential-certificate.pdf`, qrPdf(String(micro.id))), format: 'pdf' },
  ];
  const byUrl = (id: SampleId, credential: JsonObject, expect: Verdict): PlannedSample => {
    const url = String(credential.id);
    return { id, input: { kind: 'src', url }, verifyInput: url, judgedAt, expect, downloads: [{ file: write(`${FILES}/${id}.json`, JSON.stringify(credential, null, 2)), format: 'json' }] };
  };
  return [
    { id: 'eu-micro-credential', input: { kind: 'file', file: downloads[0]!.file, as: 'text' }, verifyInput: microJson, judgedAt, expect: 'verified', downloads },
    byUrl('expiring-soon', credentials.expiringSoon, 'verified'),
    byUrl('status-list-missing', credentials.statusUnreachable, 'unverifiable'),
    byUrl('no-workload', credentials.noWorkload, 'verified'),
    byUrl('foreign-key', credentials.foreignKey, 'invalid'),
    { id: 'wallet-link', input: { kind: 'src', url: WALLET_PAGE_URL }, verifyInput: WALLET_PAGE_URL, judgedAt, expect: 'unverifiable', downloads: [] },
  ];
}

function corpusSamples(write: Write): PlannedSample[] {
  return CORPUS_PICKS.map((pick) => {
    const bytes = corpusBytes(pick.file);
    const extension = extname(pick.file) === '.jsonld' ? '.json' : extname(pick.file);
    const format = extension === '.jwt' ? 'jwt' : 'json';
    const file = write(`${FILES}/${pick.id}${extension}`, bytes);
    const text = bytes.toString('utf8');
    return {
      id: pick.id,
      input: pick.url ? { kind: 'src', url: pick.url } : { kind: 'file', file, as: 'text' },
      verifyInput: pick.url ?? text,
      judgedAt: corpusNow,
      expect: corpusExpectation(pick.file),
      source: corpusSource(pick.file),
      downloads: [{ file, format }],
    } satisfies PlannedSample;
  });
}

/** Licence texts that sit beside the corpus picks, copied next to the samples. */
function copyCorpusLicences(siteDir: string): void {
  const folders = new Set(CORPUS_PICKS.map((pick) => dirname(pick.file)));
  for (const folder of folders) {
    for (const name of ['LICENSE-EUPL-1.2.txt', 'LICENSE-MIT.txt', 'LICENSE.txt']) {
      const from = join(CORPUS, folder, name);
      if (!existsSync(from)) continue;
      const to = join(siteDir, 'samples/licences', folder.replaceAll('/', '-'), name);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
}
