/**
 * A Vite plugin that gives the element tests the shared corpus as modules, read at build time:
 * `virtual:corpus` (the judging instant and every document url-map.json names) and
 * `virtual:scan-fixtures` (PDFs made for the `<mc-scan>` tests) and `virtual:issued` (a suspended
 * credential, issued with the Digital Bazaar libraries, which the corpus lacks). Corpus files are
 * imported with `@corpus/<path>?raw` (text) or `?inline` (images as data: URLs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { createIssuer, issueStatusList, openBadgeCredential, statusEntry } from '../../support/issue.ts';
import { qrPdf } from './fixture-pdf.ts';

/** The URL the scan fixtures' QR codes carry; the tests map it to a corpus credential. */
export const SCAN_URL = 'https://credentials.example.org/scan-test/teamwork.json';

const CORPUS_MODULE = 'virtual:corpus';
const SCAN_MODULE = 'virtual:scan-fixtures';
const ISSUED_MODULE = 'virtual:issued';
const MODULES = [CORPUS_MODULE, SCAN_MODULE, ISSUED_MODULE];

const bytesLiteral = (bytes: Uint8Array): string => `bytes(${JSON.stringify(Buffer.from(bytes).toString('base64'))})`;
const BYTES_HELPER = 'const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));';

function corpusModule(corpus: string): string {
  const cases = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as { now: string; documents: string };
  const map = JSON.parse(readFileSync(join(corpus, cases.documents), 'utf8')) as Record<string, string>;
  const entries = Object.entries(map).map(([key, file]) => {
    const bytes = readFileSync(join(corpus, file));
    let value: string;
    try {
      value = JSON.stringify(JSON.parse(bytes.toString('utf8')));
    } catch {
      value = bytesLiteral(bytes);
    }
    return `  ${JSON.stringify(key)}: ${value},`;
  });
  return `${BYTES_HELPER}\nexport const now = ${JSON.stringify(cases.now)};\nexport const documents = {\n${entries.join('\n')}\n};\n`;
}

function scanModule(corpus: string): string {
  const credential = readFileSync(join(corpus, 'links/dcc-vc-test-fixtures/verifiableCredentials/v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.json'), 'utf8');
  return [
    BYTES_HELPER,
    `export const SCAN_URL = ${JSON.stringify(SCAN_URL)};`,
    `export const qrPdf = ${bytesLiteral(qrPdf(SCAN_URL))};`,
    `export const attachmentPdf = ${bytesLiteral(qrPdf('https://example.org/not-this-one', { name: 'credential.json', content: credential }))};`,
  ].join('\n');
}

/**
 * A credential whose issuer suspended it: the corpus's only suspended case is a Blockcerts
 * certificate whose status lists are signed with a suite the engine does not verify.
 */
async function issuedModule(): Promise<string> {
  const listUrl = 'https://status.example.org/lists/suspension-1';
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:key' });
  const statusList = await issueStatusList(issuer, { url: listUrl, purpose: 'suspension', set: [7] });
  const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, issuerName: 'Fixture University', credentialStatus: statusEntry(listUrl, 7, 'suspension') }));
  return `export const suspended = ${JSON.stringify(JSON.stringify(credential))};\nexport const suspendedDocuments = ${JSON.stringify({ [listUrl]: statusList })};\n`;
}

/** The plugin; `corpus` is the corpus directory. */
export function testFixtures(corpus: string): Plugin {
  return {
    name: 'mc-verify:test-fixtures',
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${CORPUS_MODULE}`) return corpusModule(corpus);
      if (id === `\0${SCAN_MODULE}`) return scanModule(corpus);
      if (id === `\0${ISSUED_MODULE}`) return issuedModule();
      return null;
    },
  };
}
