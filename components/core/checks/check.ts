/**
 * What a check is: a plain object `{ id, requires, run }`. `run` receives everything it may use
 * in its context (nothing global: no clock, no network but the injected document source) and
 * returns an outcome; it never throws on bad input.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import type { ParseOutcome, ParsedSubject } from '../parse/parse-input.ts';
import type { TrustList } from '../parse/trust-list.ts';
import { problem, type Problem } from '../problems.ts';
import type { CheckId, CheckStatus, TrustVouch, VerificationReport } from '../report.ts';
import type { ControllerDocument } from '../resolve/controller-document.ts';
import type { VerificationMethod } from '../resolve/public-key.ts';
import type { Canonize, JsonObject } from '../suites/canonize.ts';

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
  /** 0 for the input; 1 for a document verified on its behalf, such as a status list credential. */
  depth: number;
  /** Verifies a document fetched on the credential's behalf (a status list credential). */
  verifyDocument(document: JsonObject, source: string): Promise<NestedVerification>;
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
}

/** What earlier checks established for later ones. */
export interface Facts {
  verifiedProofs?: VerifiedProof[];
  /** The controller document of the issuer, once the issuer-key check has bound a key to it. */
  issuerDocument?: ControllerDocument;
  trustedBy?: TrustVouch;
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

/** The parsed document; checks that require `parse` may rely on it. */
export function subjectOf(context: CheckContext): ParsedSubject {
  if (!context.parsed.ok) throw new Error('check ran although parse did not pass');
  return context.parsed.subject;
}
