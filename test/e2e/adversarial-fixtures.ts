/**
 * What the extension's adversarial end-to-end suite browses, on top of the ordinary fixtures
 * (extension-fixtures.ts, whose server also serves everything here):
 *
 * - a credential with a payload in every rendered field, really signed (hostile-credential.ts),
 *   linked from a LinkedIn-like page whose entries carry payloads in their visible text;
 * - pages linking to what must never be fetched (a private address, file:, chrome-extension:,
 *   plain http:, data:) and to loopback URLs that redirect to a private address (§6 G #81, #82);
 *   the private address is 127.0.0.2, where a metered server counts whatever reaches it;
 * - a page that forges the extension's chips with its own `<mc-verify-chip>` elements (#84);
 * - a page with 5,000 credential-like links and constant DOM churn, the links served by a metered
 *   server that counts requests and how many are in flight at once (#85);
 * - a page whose credential links fail in every way a network can (fault-routes.ts).
 */
import { serveFixtures, type ServedFixtures } from './extension-fixtures.ts';
import { BULK_PATH, bulkLinksPage } from './bulk-links-page.ts';
import { FAULTS, serveFaults, type Fault } from './fault-routes.ts';
import { hostileCredential, imgPayload, javascriptUrl, scriptPayload, BIDI_OVERRIDE, PWNED } from './hostile-credential.ts';
import { linkedInProfilePage, type CertificationMarkup } from './linkedin-page.ts';
import { startMeteredServer, type MeteredServer } from './metered-server.ts';
import { createIssuer, openBadgeCredential } from '../support/issue.ts';

/** The loopback address that plays a private host: only the adversarial suite lets it resolve. */
export const PRIVATE_HOST = '127.0.0.2';

/** Credential-like links on the bulk page. */
export const BULK_LINKS = 5_000;

export interface AdversarialFixtures {
  base: ServedFixtures;
  /** Paths of the pages, on base.origin. */
  pages: Readonly<Record<'xss' | 'refused' | 'redirects' | 'messages' | 'forger' | 'bulk' | 'faults', string>>;
  xssCredential: string;
  /** Links that must never be fetched (G81), as the refused page has them. */
  refused: readonly string[];
  /** Loopback links that redirect to a private address (G82). */
  redirects: readonly string[];
  faults: Readonly<Record<Fault, string>>;
  /** The private host: counts every request that reaches it. */
  decoy: MeteredServer;
  /** Serves the bulk page's credential-like links, counting. */
  bulk: MeteredServer;
  close(): Promise<void>;
}

const entry = (title: string, href: string, issuer = 'Fixture University', dates = 'Issued Jan 2025'): CertificationMarkup => ({ title, issuer, dates, href });

export async function serveAdversarialFixtures(extensionId: string): Promise<AdversarialFixtures> {
  const base = await serveFixtures();
  const { server, origin, links } = base;
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  const otherIssuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  const validJson = JSON.stringify(await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, achievementName: 'Served Anywhere' })));
  const decoy = await startMeteredServer({ host: PRIVATE_HOST, answer: () => ({ body: validJson }) });
  const bulk = await startMeteredServer({ answer: (path) => (path.startsWith(BULK_PATH) ? { body: validJson } : undefined) });
  const page = (path: string, html: string) => {
    server.route(path, { body: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
    return path;
  };

  const xssPath = '/credentials/hostile-everything.json';
  server.json(xssPath, await issuer.sign(hostileCredential(issuer)));
  const xssCredential = `${origin}${xssPath}`;
  const xss = page(
    '/in/xss-profile/',
    linkedInProfilePage({
      person: `Ada ${imgPayload('profile-name')} Lovelace`,
      entries: [
        entry(imgPayload('entry-title'), xssCredential, scriptPayload('entry-issuer'), `Issued Jan 2025 ${imgPayload('entry-dates')} · Expires ${javascriptUrl('entry-expiry')}`),
        entry(`${imgPayload('unchecked-title')} ${BIDI_OVERRIDE}gnikcaH`, links.UNREACHABLE_URL, `"><svg onload="window.${PWNED}='unchecked-issuer'">`),
      ],
    }),
  );

  const refused = [
    'http://192.168.1.1/credentials/router-badge.json',
    `${decoy.origin}/credentials/private-badge.json`,
    `http://[::ffff:${PRIVATE_HOST}]:${new URL(decoy.origin).port}/credentials/mapped-badge.json`,
    'file:///etc/passwd',
    `chrome-extension://${extensionId}/sidepanel.html`,
    'http://credentials.example.org/plain-http-badge.json',
    `data:application/json,${encodeURIComponent(validJson)}`,
  ];
  const refusedPage = page('/in/refused-links/', linkedInProfilePage({ person: 'Rita Refused', entries: refused.map((href, n) => entry(`Certificate ${n + 1}`, href)) }));

  server.route('/redirects/to-private.json', { redirect: `${decoy.origin}/credentials/redirected-badge.json` });
  server.route('/redirects/to-router.json', { redirect: 'http://192.168.1.1/credentials/redirected-badge.json' });
  const redirects = [`${origin}/redirects/to-private.json`, `${origin}/redirects/to-router.json`];
  const redirectsPage = page('/in/redirecting-links/', linkedInProfilePage({ person: 'Rex Redirect', entries: redirects.map((href, n) => entry(`Redirecting certificate ${n + 1}`, href)) }));

  const messages = page('/in/message-forger/', linkedInProfilePage({ person: 'Mona Messages', entries: [entry('Responsible AI', links.REVOKED_URL)] }));

  const forger = page(
    '/in/chip-forger/',
    linkedInProfilePage({ person: 'Mallory Forger', entries: [entry('Responsible AI', links.REVOKED_URL), entry('Advanced Data Science', links.TAMPERED_URL)], script: FORGER_SCRIPT }),
  );

  const bulkPage = page('/in/bulk-links/', bulkLinksPage({ origin: bulk.origin, links: BULK_LINKS }));

  const faults = await serveFaults(server, origin, issuer, otherIssuer);
  const faultsPage = page('/in/faulty-links/', linkedInProfilePage({ person: 'Nora Network', entries: FAULTS.map((fault) => entry(`Fault ${fault}`, faults[fault])) }));

  return {
    base,
    pages: { xss, refused: refusedPage, redirects: redirectsPage, messages, forger, bulk: bulkPage, faults: faultsPage },
    xssCredential,
    refused,
    redirects,
    faults,
    decoy,
    bulk,
    async close() {
      await Promise.all([base.server.close(), decoy.close(), bulk.close()]);
    },
  };
}

/**
 * The forger (G84): it records every shadow root the page's own attachShadow sees, puts a chip of
 * its own, with the extension's tag name and `data-state="verified"`, after each credential link,
 * and removes the extension's chips whenever they appear.
 */
const FORGER_SCRIPT = `
  window.capturedRoots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    window.capturedRoots.push(this.localName + ':' + init.mode);
    return attach.call(this, init);
  };
  const forge = () => {
    for (const link of document.querySelectorAll('a[aria-label^="Show credential"]')) {
      if (link.parentElement.querySelector('mc-verify-chip[data-forged]')) continue;
      const fake = document.createElement('mc-verify-chip');
      fake.setAttribute('data-forged', '');
      fake.setAttribute('data-state', 'verified');
      fake.textContent = '✔ Verified (mc-verify)';
      link.after(fake);
    }
    for (const chip of document.querySelectorAll('mc-verify-chip:not([data-forged])')) chip.remove();
  };
  new MutationObserver(forge).observe(document.documentElement, { childList: true, subtree: true });
  forge();
`;
