/**
 * A URL → the credential behind it. Platform pages (Credly, Badgr, Accredible, ...) are turned
 * into their machine-readable endpoints by detect/, LinkedIn and other redirect wrappers are
 * removed, platform JSON is unwrapped, and an HTML page is searched for a linked or embedded
 * credential. The number of hops is bounded.
 */
import { detectCredentialLink, GENERIC_ACCEPT, sniffHtml, unwrapPlatformJson, type CredentialLink } from '../detect/index.ts';
import { problem, quote } from '../problems.ts';
import { decodeUtf8, parseJson } from './json.ts';
import type { ParseContext, ParseOutcome } from './parse-input.ts';

/** Detection, redirects and platform wrappers followed for one input, at most. */
const MAX_HOPS = 4;

export interface UrlReading {
  outcome: ParseOutcome;
  /** The platform the link was recognised as, if any. */
  platform?: string;
}

type Parsers = {
  bytes(bytes: Uint8Array, context: ParseContext): Promise<ParseOutcome>;
  value(value: unknown, context: ParseContext): Promise<ParseOutcome>;
  undecided(reason: ReturnType<typeof problem>): ParseOutcome;
};

/**
 * An empty or broken body is no credential at all (a server or transfer fault), so nothing was
 * decided about one, as for a platform answer that does not parse.
 */
const UNREADABLE: ReadonlySet<string> = new Set(['INPUT_EMPTY', 'INPUT_NOT_JSON']);

function undecidedIfUnreadable(outcome: ParseOutcome, parsers: Parsers): ParseOutcome {
  return !outcome.ok && UNREADABLE.has(outcome.problem.code) ? parsers.undecided(outcome.problem) : outcome;
}

export async function readUrl(url: string, context: ParseContext, parsers: Parsers): Promise<UrlReading> {
  let current = url;
  let platform: string | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const link: CredentialLink | null = detectCredentialLink(current);
    if (!link) return { outcome: parsers.undecided(problem('FETCH_REFUSED', `${quote(current)} is not an http(s) URL`)) };
    if ('platform' in link && link.platform) platform = link.platform;
    const done = (outcome: ParseOutcome): UrlReading => (platform ? { outcome, platform } : { outcome });
    switch (link.kind) {
      case 'platform-page':
      case 'needs-api':
        return done(parsers.undecided(link.problem));
      case 'follow-redirect': {
        const landed = await context.documents.bytes(link.url, 'text/html, */*;q=0.5');
        if (!landed.ok) return done(parsers.undecided(landed.problem));
        if (landed.url === link.url) return done(parsers.undecided(problem('PLATFORM_PAGE', `the short link ${quote(link.url)} did not redirect to a credential`)));
        current = landed.url;
        continue;
      }
      case 'endpoint':
      case 'generic': {
        const fetched = await context.documents.bytes(link.fetchUrl, link.kind === 'endpoint' ? link.accept : GENERIC_ACCEPT);
        if (!fetched.ok && fetched.status === 410 && (link.expect.format === 'ob2-hosted' || link.expect.format === 'any')) {
          // OB 2.0 "Revoking hosted assertions": Gone is how an issuer withdraws what it hosts.
          return done({ ok: false, undecided: false, problem: problem('CREDENTIAL_REVOKED', `${quote(link.fetchUrl)} answers 410 Gone: the issuer has withdrawn the assertion`) });
        }
        if (!fetched.ok) return done(parsers.undecided(fetched.problem));
        const expect = link.expect;
        if (expect.format === 'platform-json') {
          const body = parseJson(decodeUtf8(fetched.bytes), context.limits, `the answer of ${quote(link.fetchUrl)}`);
          if (!body.ok) return done(parsers.undecided(body.problem));
          const unwrapped = unwrapPlatformJson(expect.unwrap, body.value);
          if (unwrapped.kind === 'link') {
            current = unwrapped.url;
            continue;
          }
          if (unwrapped.kind === 'problem') return done(parsers.undecided(unwrapped.problem));
          if (unwrapped.kind === 'text') return done(await parsers.value(unwrapped.text, context));
          // Several credentials behind one link are verified together, each as a child.
          const [only] = unwrapped.documents;
          return done(await parsers.value(unwrapped.documents.length === 1 ? only : { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], verifiableCredential: unwrapped.documents }, context));
        }
        if (!/html/.test(fetched.contentType)) return done(undecidedIfUnreadable(await parsers.bytes(fetched.bytes, context), parsers));
        const found = sniffHtml(decodeUtf8(fetched.bytes), fetched.url);
        for (const embedded of found.jsonLd) {
          // A page's JSON-LD is often about the page itself (schema.org); only a credential counts.
          const outcome = await parsers.value(embedded, context);
          if (outcome.ok) return done(outcome);
        }
        const [alternate] = found.alternates;
        if (alternate) {
          current = alternate.href;
          continue;
        }
        return done(parsers.undecided(problem('PLATFORM_PAGE', `${quote(link.url)} is a web page that neither links to nor embeds a credential`)));
      }
    }
  }
  return { outcome: parsers.undecided(problem('FETCH_TOO_MANY_REDIRECTS', `${quote(url)} led through more than ${MAX_HOPS} pages without reaching a credential`)) };
}
