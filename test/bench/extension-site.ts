/**
 * What the extension benchmark's browser loads, over real HTTP on 127.0.0.1: pages from one
 * metered server, and really signed credentials with their revocation status list from another,
 * whose latency the benchmark sets. Each credential is issued afresh (Open Badges 3.0, VC 2.0,
 * eddsa-rdfc-2022, by a did:key issuer) and served under a path of its own, so the worker's verdict
 * cache never answers for one and every chip stands for a real verification.
 */
import { startMeteredServer, type MeteredAnswer, type MeteredServer } from '../e2e/metered-server.ts';
import { createIssuer, issueStatusList, openBadgeCredential, statusEntry, type JsonObject } from '../support/issue.ts';

/** Who the credentials are about, and whose profile the pages show. */
export const LEARNER = 'Ada Lovelace';
export const ISSUER_NAME = 'Fixture University';

const STATUS_PATH = '/status/revocation';

export interface IssuedCredential {
  url: string;
  /** The achievement's name, which the LinkedIn entry linking to it shows as its title. */
  title: string;
}

export interface ExtensionBenchSite {
  /** Serves the pages; answers at once. */
  pages: MeteredServer;
  /** Serves the credentials and the status list; its `latencyMs` is the benchmark's to set. */
  credentials: MeteredServer;
  /** Issues `count` new credentials, each served under its own path. */
  issue(count: number): Promise<IssuedCredential[]>;
  /** Serves `html` at `path` on the pages server; returns its URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startExtensionBenchSite(): Promise<ExtensionBenchSite> {
  const documents = new Map<string, MeteredAnswer>();
  const pages = new Map<string, MeteredAnswer>();
  const credentialServer = await startMeteredServer({ answer: (path) => documents.get(path) });
  const pageServer = await startMeteredServer({ answer: (path) => pages.get(path) });
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  const listUrl = `${credentialServer.origin}${STATUS_PATH}`;
  documents.set(STATUS_PATH, { body: JSON.stringify(await issueStatusList(issuer, { url: listUrl, purpose: 'revocation' })) });
  let issued = 0;

  const issueOne = async (): Promise<IssuedCredential> => {
    const serial = ++issued;
    const title = `Course ${serial}`;
    const unsigned = openBadgeCredential({
      version: 2,
      issuer: issuer.did,
      issuerName: ISSUER_NAME,
      achievementName: title,
      // Every credential has its own (clear) bit, as a real issuer's would.
      credentialStatus: statusEntry(listUrl, serial, 'revocation'),
    });
    (unsigned.credentialSubject as JsonObject).name = LEARNER;
    const path = `/credentials/course-${serial}.json`;
    documents.set(path, { body: JSON.stringify(await issuer.sign(unsigned)) });
    return { url: `${credentialServer.origin}${path}`, title };
  };

  return {
    pages: pageServer,
    credentials: credentialServer,
    async issue(count) {
      const credentials: IssuedCredential[] = [];
      for (let n = 0; n < count; n++) credentials.push(await issueOne());
      return credentials;
    },
    page(path, html) {
      pages.set(path, { body: html, contentType: 'text/html; charset=utf-8' });
      return `${pageServer.origin}${path}`;
    },
    async close() {
      await Promise.all([credentialServer.close(), pageServer.close()]);
    },
  };
}
