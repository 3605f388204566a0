/**
 * The verification report: plain JSON, stable, versioned with `reportVersion`.
 * Everything the element, the extension and the CLI show comes from here.
 */
import type { Problem } from './problems.ts';
import type { EuProfile } from './profile/types.ts';

export const REPORT_VERSION = 1;

/** The one-word answer. `unverifiable` means "could not decide": never valid, never forged. */
export type Verdict =
  | 'verified'
  | 'invalid'
  | 'expired'
  | 'not-yet-valid'
  | 'revoked'
  | 'suspended'
  | 'unverifiable';

export const VERDICTS: readonly Verdict[] = [
  'verified',
  'invalid',
  'expired',
  'not-yet-valid',
  'revoked',
  'suspended',
  'unverifiable',
];

/** Check ids, in the order the pipeline runs them. */
export type CheckId =
  | 'parse'
  | 'context'
  | 'conformance'
  | 'proof'
  | 'issuer-key'
  | 'validity-period'
  | 'status'
  | 'issuer-trust'
  | 'recipient'
  | 'eu-profile';

/** Every check id, in pipeline order. */
export const CHECK_IDS: readonly CheckId[] = [
  'parse',
  'context',
  'conformance',
  'proof',
  'issuer-key',
  'validity-period',
  'status',
  'issuer-trust',
  'recipient',
  'eu-profile',
];

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  problems?: Problem[];
}

/** How the credential arrived: its data model, and how it is secured. */
export type CredentialFormat =
  | 'vc1-jsonld'
  | 'vc2-jsonld'
  | 'vp1-jsonld'
  | 'vp2-jsonld'
  | 'vc1-jwt'
  | 'vc2-jose'
  | 'vp1-jwt'
  | 'vp2-jose'
  | 'ob2-hosted'
  | 'ob2-signed'
  | 'edc-jades'
  | 'unknown';

export interface ReportSource {
  /** How the input arrived. */
  kind: 'url' | 'text' | 'bytes' | 'object';
  /** The URL the credential was fetched from, when it was. */
  url?: string;
  /** A caller-supplied name, such as a file path. */
  name?: string;
  /** The badge image the credential was baked into. */
  container?: 'png' | 'svg';
  /** The credential platform the URL was recognised as (Credly, Badgr, ...). */
  platform?: string;
}

/**
 * Text as the credential states it: a plain string, or a language map (BCP 47 tag → text) for
 * credentials that state it in several languages.
 */
export type Text = string | Readonly<Record<string, string>>;

export interface IssuerView {
  id: string;
  name?: Text;
  url?: string;
  image?: string;
  description?: Text;
  email?: string;
  /** Who vouches for this issuer's identity; absent when only the credential says so. */
  trustedBy?: TrustVouch;
}

export interface TrustVouch {
  /** The name of the trust list. */
  list: string;
  /** The issuer's name according to the trust list. */
  name: string;
  homepage?: string;
  source?: string;
}

export interface SubjectView {
  id?: string;
  name?: Text;
  /** Hashed or plain identifiers the subject is known by (OB 3.0 `identifier`). */
  identifiers: { type: string; hashed: boolean; value: string }[];
}

export interface AlignmentView {
  name?: Text;
  url?: string;
  code?: string;
  framework?: string;
  type?: string;
  description?: Text;
}

export interface EvidenceView {
  id?: string;
  name?: Text;
  description?: Text;
  narrative?: Text;
  genre?: string;
}

export interface ResultView {
  value?: string;
  status?: string;
  achievedLevel?: string;
  resultDescription?: string;
}

export interface AchievementView {
  id?: string;
  type?: string;
  name?: Text;
  description?: Text;
  criteria?: { id?: string; narrative?: Text };
  image?: string;
  creditsAvailable?: number;
  fieldOfStudy?: Text;
  specialization?: Text;
  humanCode?: string;
  achievementType?: string;
  creator?: { id?: string; name?: Text };
  tags: string[];
}

/**
 * What the credential says, built only from data the proof covered (or, for hosted Open Badges
 * 2.0, from the issuer's own copy). Text values are exactly as the credential states them;
 * language maps are kept whole so the view can pick a language.
 */
export interface CredentialView {
  id?: string;
  types: string[];
  name?: Text;
  description?: Text;
  image?: string;
  issuer: IssuerView;
  subject: SubjectView;
  achievement?: AchievementView;
  validFrom?: string;
  validUntil?: string;
  /** When the achievement was awarded, if the credential says so separately. */
  awardedDate?: string;
  alignments: AlignmentView[];
  evidence: EvidenceView[];
  results: ResultView[];
  /**
   * What the credential states of the EU micro-credential definition (Annex I elements, ECTS,
   * EQF, ESCO), present when it presents itself as a micro-credential or states their elements.
   */
  euProfile?: EuProfile;
}

export interface Timings {
  totalMs: number;
  checks: Partial<Record<CheckId, number>>;
}

export interface VerificationReport {
  reportVersion: typeof REPORT_VERSION;
  verdict: Verdict;
  /** Every check, in pipeline order, even when an earlier one failed. */
  checks: CheckResult[];
  /** The problems of checks that failed or could not run, in check order. */
  problems: Problem[];
  /** Things a careful reader should know that do not change the verdict. */
  warnings: Problem[];
  format: CredentialFormat;
  source: ReportSource;
  credential?: CredentialView;
  /** The instant the credential was judged at (the injected clock). */
  checkedAt: string;
  timings: Timings;
  /** One report per credential embedded in a presentation. */
  children?: VerificationReport[];
}
