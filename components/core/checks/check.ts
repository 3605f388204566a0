/**
 * What a check is: a plain object `{ id, requires, run }`. `run` receives everything it may use
 * in its context (nothing global: no clock, no network but the injected document source) and
 * returns an outcome; it never throws on bad input.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import type { DateRules } from '../parse/dates.ts';
import type { EuProfile } from '../profile/types.ts';
import type { ParseOutcome, ParsedSubject } from '../parse/parse-input.ts';
import type { TrustList } from '../parse/trust-list.ts';
import { problem, type Problem } from '../problems.ts';
import type { CheckId, CheckStatus, TrustVouch, VerificationReport } from '../report.ts';
import type { ControllerDocument } from '../resolve/controller-document.ts';
import type { VerificationMethod } from '../resolve/public-key.ts';
import type { Canonize, JsonObject } from '../suites/canonize.ts';
import type { AnchorExplorer } from '../suites/merkle-proof-2019.ts';
import type { TrustAnchor, TrustSnapshot } from '../resolve/eu-trust-anchors.ts';

/** The world a check may see, injected by the pipeline. */
export interface Environment {
  /** The instant of judgement, in milliseconds since the epoch. */
  now: number;
  clockSkewMs: number;
  documents: DocumentSource;
  canonize: Canonize;
  trust: readonly TrustList[];
  /** Why supplied trust lists could not be read; reported as warnings, never failures. */
  trustProblems: readonly Problem[];
  /** An email address or URL the viewer knows the recipient by. */
  recipient?: string | undefined;
  /** The challenge and domain a presentation proof must carry, when the caller asked for one. */
  challenge?: string | undefined;
  domain?: string | undefined;
  signal?: AbortSignal | undefined;
  /** EU trust anchors for Europass seals; the bundled snapshot when undefined. */
  euTrustAnchors?: TrustSnapshot | readonly TrustAnchor[] | undefined;
  /** Looks up blockchain anchors of Blockcerts proofs; without one they stay unconfirmed. */
  anchorExplorer?: AnchorExplorer | undefined;
  /** 0 for the input; 1 for a document verified on its behalf, such as a status list credential. */
  depth: number;
  /** Parses a value found inside the document (an embedded credential, a JWT string). */
  parse(value: unknown): Promise<ParseOutcome>;
  /** Verifies a document fetched on the credential's behalf (a status list credential). */
  verifyDocument(document: unknown, source: string): Promise<NestedVerification>;
}

export interface NestedVerification {
  report: VerificationReport;
  verifiedProofs: readonly VerifiedProof[];
}

/** A proof that verified, with the key that verified it. */
export interface VerifiedProof {
  proof: JsonObject;
  suite: string;
  method: VerificationMethod;
  controller: ControllerDocument;
  /**
   * Where the key came from: a controller document (DID document, issuer profile), or only the
   * token's own header, which proves nothing about who signed until the issuer is shown to publish it.
   */
  keySource: 'controller-document' | 'token-header';
}

/** What earlier checks established for later ones. */
export interface Facts {
  verifiedProofs?: VerifiedProof[];
  /**
   * The document the securing mechanism vouches for: the credential itself for embedded proofs
   * and JWTs, the issuer's own copy for a hosted Open Badge. Later checks and the view read this.
   */
  verifiedDocument?: JsonObject;
  /** The controller document of the issuer, once the issuer-key check has bound a key to it. */
  issuerDocument?: ControllerDocument;
  trustedBy?: TrustVouch;
  /** What the credential states of the EU micro-credential definition. */
  euProfile?: EuProfile;
  /** For a sealed Europass credential: the organisation the seal certificate names. */
  seal?: { organisationIdentifier?: string; organisation?: string };
  /** For Open Badges 2.0: the BadgeClass and issuer Profile, and whether the issuer says the assertion is gone (HTTP 410). */
  ob2?: { badgeClass?: JsonObject; issuer?: JsonObject; gone?: boolean };
}

export interface CheckContext {
  parsed: ParseOutcome;
  env: Environment;
  facts: Readonly<Facts>;
}

export interface CheckOutcome {
  status: CheckStatus;
  problems?: Problem[];
  warnings?: Problem[];
  facts?: Facts;
}

export interface Check {
  id: CheckId;
  /** Checks that must have passed for this one to run; otherwise it is skipped with the reason. */
  requires: readonly CheckId[];
  run(context: CheckContext): Promise<CheckOutcome> | CheckOutcome;
}

export const passed = (extra: Omit<CheckOutcome, 'status'> = {}): CheckOutcome => ({ status: 'passed', ...extra });
export const failed = (...problems: Problem[]): CheckOutcome => ({ status: 'failed', problems });
export const errored = (...problems: Problem[]): CheckOutcome => ({ status: 'error', problems });
export const notApplicable = (detail: string, warnings?: Problem[]): CheckOutcome =>
  warnings ? { status: 'skipped', problems: [problem('NOT_APPLICABLE', detail)], warnings } : { status: 'skipped', problems: [problem('NOT_APPLICABLE', detail)] };

/** The document later checks judge: what the securing mechanism vouched for, once proof has passed. */
export function verifiedDocumentOf(context: CheckContext): JsonObject {
  return context.facts.verifiedDocument ?? subjectOf(context).document;
}

/** The issuer's id: stated in the credential, or for Open Badges 2.0 by the retrieved issuer Profile. */
export function issuerIdOf(context: CheckContext): string | undefined {
  const subject = subjectOf(context);
  const issuer = subject.family === 'ob2' ? context.facts.ob2?.issuer : subject.document.issuer;
  const id = typeof issuer === 'object' && issuer !== null && !Array.isArray(issuer) ? (issuer as JsonObject).id : issuer;
  return typeof id === 'string' ? id : undefined;
}

/** The date rules of the subject's data model. */
export function dateRulesOf(subject: ParsedSubject): DateRules {
  return subject.family === 'ob2' ? 'ob2' : subject.dataModel;
}

/** The parsed document; checks that require `parse` may rely on it. */
export function subjectOf(context: CheckContext): ParsedSubject {
  if (!context.parsed.ok) throw new Error('check ran although parse did not pass');
  return context.parsed.subject;
}
