/**
 * The shape of the display text: every word `<mc-verify>`, `<mc-scan>` and the templates show,
 * for one language. The engine reports ids and codes; only this folder turns them into words.
 */
import type { CheckId, CheckStatus, ProblemCode, Verdict } from '../../core/index.ts';
import type { DateMeaning, ElementId, OrganisationRole, SourceDocument, StackabilityRelation } from '../../core/profile/types.ts';

/** The languages the user interface speaks. */
export type UiLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'fi';

/** Every UI language, English first (the fallback). */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'fi'];

/** Each language in its own name, for language pickers. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  fi: 'Suomi',
};

/** How one verdict reads: a one-word chip, a title and a sentence that says what it means. */
export interface VerdictLabel {
  chip: string;
  title: string;
  summary: string;
}

/** How one check reads: its name, and a sentence for each outcome. */
export interface CheckLabel {
  name: string;
  passed: string;
  failed: string;
  error: string;
  /** Skipped because it does not apply (no trust list given, no email to compare, ...). */
  notApplicable: string;
}

/** A check's state in the list: its status in a report, or `pending` while checking. */
export type CheckState = CheckStatus | 'pending';

/** Why `<mc-verify>` could not run at all (the `mc-verify-error` event). */
export type ErrorReason = 'no-input' | 'unsafe-src' | 'trust-list' | 'engine-unavailable' | 'failed';

/** What went wrong, and what to do next, in plain language. */
export interface ErrorLabel {
  title: string;
  next: string;
}

/** The kinds of identity a credential names its recipient by. */
export type IdentityKind = 'email' | 'url' | 'telephone' | 'other';

/** The words around the report: headings, field names, states, buttons, notes. */
export interface UiLabels {
  checking: string;
  checkingNote: string;
  chipChecking: string;
  chipError: string;
  /** The chip for a link or image that holds no credential at all. */
  chipNotCredential: string;
  /** Why links past the per-page limit are not checked. */
  chipTooMany: (limit: number) => string;
  states: Readonly<Record<CheckState, string>>;
  requiredNotPassed: string;
  checksHeading: string;
  technicalDetails: string;
  problemCode: string;
  notesHeading: string;
  aboutHeading: string;
  issuedBy: string;
  issuedTo: string;
  issuerUnconfirmed: string;
  issuerConfirmed: (list: string, name: string) => string;
  issuerControlChars: string;
  issuerWebsite: string;
  recipientHashed: (kind: string) => string;
  recipientHashedHint: string;
  recipientNotNamed: string;
  identityKinds: Readonly<Record<IdentityKind, string>>;
  datesHeading: string;
  validFrom: string;
  validUntil: string;
  awarded: string;
  checkedAt: string;
  descriptionHeading: string;
  criteriaHeading: string;
  criteriaLink: string;
  skillsHeading: string;
  tagsHeading: string;
  evidenceHeading: string;
  evidenceLink: string;
  resultsHeading: string;
  achievementType: string;
  credits: string;
  fieldOfStudy: string;
  specialization: string;
  code: string;
  level: string;
  resultStatus: string;
  framework: string;
  showMore: string;
  showLess: string;
  opensInNewTab: string;
  textShortened: string;
  moreItems: (count: number) => string;
  presentationHeading: (count: number) => string;
  noDetails: string;
}

/** The words of `<mc-scan>`: its controls and its messages. */
export interface ScanLabels {
  heading: string;
  intro: string;
  cameraStart: string;
  cameraStop: string;
  cameraHint: string;
  fileLabel: string;
  dropHint: string;
  pasteLabel: string;
  pastePlaceholder: string;
  verifyButton: string;
  reading: string;
  cameraDenied: string;
  cameraMissing: string;
  cameraFailed: string;
  noQrFound: string;
  unsupportedFile: string;
  fileFailed: string;
  emptyPaste: string;
  found: string;
}

/** How one Annex I element reads: as a term in the list, and inside a running sentence. */
export interface EuElementLabel {
  /** The element's name, after the wording of Annex I of Council Recommendation 2022/C 243/02. */
  name: string;
  /** The same name inside a sentence ("missing: type of quality assurance"). */
  inSentence: string;
}

/** What a credential settles about supervision and identity verification during assessment. */
export type SupervisionCase =
  | 'supervised-verified'
  | 'supervised-unverified'
  | 'unsupervised-verified'
  | 'unsupervised-unverified'
  | 'supervised'
  | 'unsupervised'
  | 'verified'
  | 'unverified';

/** The words of the EU micro-credential panel (Annex I elements, their values, where they come from). */
export interface EuLabels {
  intro: string;
  completeness: (present: number, total: number) => string;
  complete: (total: number) => string;
  /** `names` is already a list in the language ("a, b and c"). */
  missing: (names: string) => string;
  claimed: string;
  notClaimed: string;
  mandatoryHeading: string;
  optionalHeading: string;
  notStated: string;
  /** Between a field name and its value (French sets it off with a space). */
  colon: string;
  elements: Readonly<Record<ElementId, EuElementLabel>>;
  ects: (credits: number, shown: string) => string;
  ectsAssumed: string;
  credits: (credits: number, shown: string) => string;
  hours: (hours: number, shown: string) => string;
  hoursPerEcts: (shown: string) => string;
  durationAsStated: (iso: string) => string;
  eqf: (level: number) => string;
  dates: Readonly<Record<DateMeaning, string>>;
  givenName: string;
  familyName: string;
  nationalId: string;
  roles: Readonly<Record<OrganisationRole, string>>;
  supervision: Readonly<Record<SupervisionCase, string>>;
  gradeScale: string;
  stackable: string;
  standAlone: string;
  partialQualification: string;
  notPartialQualification: string;
  relations: Readonly<Record<StackabilityRelation, string>>;
  qualityBody: string;
  warningsHeading: string;
  sources: string;
  claimSources: string;
  documents: Readonly<Record<SourceDocument, string>>;
  notCovered: string;
}

/** All display text for one language. A missing entry is a type error. */
export interface Labels {
  lang: UiLanguage;
  verdicts: Readonly<Record<Verdict, VerdictLabel>>;
  checks: Readonly<Record<CheckId, CheckLabel>>;
  /** One plain-language sentence per problem code, for people who are not developers. */
  problems: Readonly<Record<ProblemCode, string>>;
  errors: Readonly<Record<ErrorReason, ErrorLabel>>;
  ui: UiLabels;
  /** The EU micro-credential panel. */
  eu: EuLabels;
  scan: ScanLabels;
}
