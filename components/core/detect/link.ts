/**
 * What detection says about one URL: where the machine-readable credential is, what answer to
 * expect from it, or why there is nothing to verify behind it.
 */
import type { Problem } from '../problems.ts';

/** Platforms detection knows by URL shape (research/links.md §1). */
export type PlatformId =
  | 'accredible'
  | 'badgecraft'
  | 'badgr'
  | 'blockcerts'
  | 'certifier'
  | 'certopus'
  | 'coursera'
  | 'credly'
  | 'edubadges'
  | 'edx'
  | 'europass'
  | 'google-skills'
  | 'linkedin'
  | 'microsoft-learn'
  | 'mitx-online'
  | 'open-badge-factory'
  | 'open-badge-passport'
  | 'parchment-award'
  | 'sertifier'
  | 'verifierplus';

/** Redirect wrappers detection looks through before matching platforms (links.md §2). */
export type WrapperId =
  | 'linkedin-redirect'
  | 'linkedin-safety-go'
  | 'linkedin-add-to-profile'
  | 'europass-redirect-external'
  | 'verifierplus-verify'
  | 'badgecheck';

/** Names of the functions that turn a platform's JSON answer into a credential or a next link. */
export type UnwrapName = 'open-badge-passport' | 'accredible' | 'verifierplus';

/** What the fetched URL is expected to answer. */
export type ExpectedResponse =
  /** An Open Badges 2.0 hosted Assertion (JSON-LD); hosted verification re-reads its `id`. */
  | { format: 'ob2-hosted' }
  /** A W3C Verifiable Credential or Presentation: JSON(-LD) or a VC-JWT. */
  | { format: 'vc' }
  /** A Blockcerts certificate (v1 CertificateDocument, v2 OB 2.0 + MerkleProof2017, v3 VC). */
  | { format: 'blockcerts' }
  /** The platform's own JSON, which `unwrap` turns into a credential or a further link. */
  | { format: 'platform-json'; unwrap: UnwrapName }
  /** Anything: classify the body; HTML goes through `sniffHtml`. */
  | { format: 'any' };

/** What kind of page a known non-credential URL is. */
export type PlatformPage =
  | 'wallet'
  | 'badge-template'
  | 'company-page'
  | 'profile'
  | 'certificate-page'
  | 'cv'
  | 'upload-page'
  | 'other-page';

/** The recipient identity a share URL carries for the viewer to compare (Badgr `identity__email`). */
export interface RecipientHint {
  type: 'email' | 'url' | 'telephone';
  identity: string;
}

interface LinkBase {
  /** The URL after unwrapping redirect wrappers and removing tracking parameters. */
  url: string;
  /** Wrappers that were removed, outermost first. */
  via: WrapperId[];
}

/** A platform URL with a known machine-readable endpoint. */
export interface EndpointLink extends LinkBase {
  kind: 'endpoint';
  platform: PlatformId;
  fetchUrl: string;
  accept: string;
  expect: ExpectedResponse;
  recipient?: RecipientHint;
  /** Where to turn if the endpoint does not answer: set when the platform was guessed from the URL shape alone. */
  fallback?: Omit<GenericLink, 'url' | 'via'>;
}

/** A short link whose target is only known after following its redirect; detect the target again. */
export interface RedirectLink extends LinkBase {
  kind: 'follow-redirect';
  platform: PlatformId;
}

/** A credential link whose data sits behind an API detection cannot address. */
export interface UnreachableLink extends LinkBase {
  kind: 'needs-api';
  platform: PlatformId;
  problem: Problem;
}

/** A platform page known not to be a verifiable credential (a wallet, a template, a company page). */
export interface PlatformPageLink extends LinkBase {
  kind: 'platform-page';
  platform: PlatformId;
  platformName: string;
  page: PlatformPage;
  problem: Problem;
}

/** Any other http(s) URL: fetch it with content negotiation and classify what comes back. */
export interface GenericLink extends LinkBase {
  kind: 'generic';
  fetchUrl: string;
  accept: string;
  expect: { format: 'any' };
  /** Set when the host is a known platform that publishes no machine-readable endpoint. */
  platform?: PlatformId;
}

export type CredentialLink = EndpointLink | RedirectLink | UnreachableLink | PlatformPageLink | GenericLink;

/**
 * Accept header for URLs of unknown shape: JSON-LD first, VC media types, VC-JWT and plain text
 * (a bare JWS) last, never HTML first (research/links.md §1, "Generic OB 2.0 / OB 3.0 / VC link").
 */
export const GENERIC_ACCEPT =
  'application/ld+json, application/json, application/vc+ld+json, application/vc, application/vc+jwt;q=0.9, text/plain;q=0.5, */*;q=0.1';

/** What a platform's JSON answer leads to. */
export type UnwrapOutcome =
  /** Detect and fetch this URL next (callers bound the number of such hops). */
  | { kind: 'link'; url: string }
  /** Credentials (or presentations) to verify, as JSON values. */
  | { kind: 'documents'; documents: unknown[] }
  /** A credential as text: a compact JWS or JSON. */
  | { kind: 'text'; text: string }
  | { kind: 'problem'; problem: Problem };

export type Unwrap = (body: unknown) => UnwrapOutcome;
