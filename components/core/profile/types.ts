/**
 * The EU micro-credential profile: the elements of Annex I of Council Recommendation 2022/C 243/02
 * (CELEX 32022H0627(02)) as a credential states them. Data and stable codes only: the labels people
 * read live in the element's labels, keyed by element id and value kind.
 */
import type { Text } from '../report.ts';
import type { ProfileProblem } from './codes.ts';

/** The eleven mandatory elements, in the order Annex I lists them. */
export type MandatoryElementId =
  | 'learner'
  | 'title'
  | 'issuer-country'
  | 'awarding-body'
  | 'issue-date'
  | 'learning-outcomes'
  | 'workload'
  | 'level'
  | 'assessment'
  | 'participation'
  | 'quality-assurance';

/** The five optional elements, in the order Annex I lists them. */
export type OptionalElementId = 'prerequisites' | 'supervision' | 'grade' | 'stackability' | 'further-information';

export type ElementId = MandatoryElementId | OptionalElementId;

export const MANDATORY_ELEMENTS: readonly MandatoryElementId[] = [
  'learner',
  'title',
  'issuer-country',
  'awarding-body',
  'issue-date',
  'learning-outcomes',
  'workload',
  'level',
  'assessment',
  'participation',
  'quality-assurance',
];

export const OPTIONAL_ELEMENTS: readonly OptionalElementId[] = ['prerequisites', 'supervision', 'grade', 'stackability', 'further-information'];

export const ELEMENTS: readonly ElementId[] = [...MANDATORY_ELEMENTS, ...OPTIONAL_ELEMENTS];

/** Which data model or community convention a value was read by. */
export type Convention =
  /** European Learning Model 3 (Europass EDC). */
  | 'elm'
  /** Open Badges 3.0 native fields. */
  | 'ob3'
  /** Open Badges 2.0 native fields. */
  | 'ob2'
  /** W3C Verifiable Credentials fields common to every credential. */
  | 'vc'
  /** SURF educredentials OB 3.0 extension (`EducredentialAchievement`). */
  | 'educredentials'
  /** Edubadges extensions and plain keys (OB 2.0 and OB 3.0). */
  | 'edubadges';

/** The document a value was read from: the credential itself, or (OB 2.0) the retrieved BadgeClass or issuer Profile. */
export type SourceDocument = 'credential' | 'badge-class' | 'issuer';

export type EqfLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type SkillFramework = 'esco' | 'digcomp' | 'other';

/** A skill or competence a credential names: its concept URI and the label the credential gives it. */
export interface Skill {
  uri: string;
  label?: Text;
  framework: SkillFramework;
  /** The code the credential gives (OB alignment `targetCode`). */
  code?: string;
}

export interface GradeScale {
  name?: Text;
  /** OB 3.0 `resultType`, e.g. `LetterGrade`, `ext:ECTSGradeScore`. */
  type?: string;
  min?: string;
  max?: string;
  required?: string;
  description?: Text;
}

export type DateMeaning = 'issued' | 'valid-from' | 'awarded' | 'birth';

export type OrganisationRole = 'awarding-body' | 'issuer' | 'creator' | 'parent-org';

export type StackabilityRelation = 'part-of' | 'entitles-to';

/** One value of an element, structured by kind. Text is as the credential states it (a language map stays whole). */
export type ElementValue =
  | { kind: 'text'; text: Text }
  | { kind: 'name'; part: 'full' | 'given' | 'family'; text: Text }
  | { kind: 'identifier'; scheme: string; value: string; hashed: boolean; country?: string }
  | { kind: 'date'; date: string; meaning: DateMeaning }
  | {
      kind: 'organisation';
      role: OrganisationRole;
      id?: string;
      name?: Text;
      homepage?: string;
      identifiers: { scheme?: string; value: string }[];
    }
  | { kind: 'country'; code: string; alpha3?: string; label?: Text }
  | { kind: 'region'; uri?: string; code?: string; label?: Text }
  | { kind: 'outcome'; title?: Text; skills: Skill[] }
  | ({ kind: 'skill' } & Skill)
  /** ECTS credits; `assumed` when the credential does not state the credit system (OB 3.0 `creditsAvailable`). */
  | { kind: 'ects'; credits: number; assumed: boolean }
  /** Credits in another (or an unstated) credit framework. */
  | { kind: 'credits'; credits: number; framework?: string; frameworkLabel?: Text }
  /** An ISO 8601 duration as stated; `hours` only when it converts exactly (time components only). */
  | { kind: 'duration'; iso: string; hours?: number }
  /** Hours stated as a plain number (Edubadges study load, educredentials time investment). */
  | { kind: 'hours'; hours: number }
  | { kind: 'eqf'; level: EqfLevel; uri: string }
  /** A level in another framework (national QF, QF-EHEA), or an EQF statement that could not be read as a level. */
  | { kind: 'framework-level'; framework?: string; uri?: string; code?: string; label?: Text }
  /** A concept from a controlled vocabulary (ELM), as stated. */
  | { kind: 'concept'; uri?: string; scheme?: string; label?: Text }
  /** A term from a community vocabulary (e.g. educredentials `participationType: "online"`). */
  | { kind: 'term'; term: string; vocabulary: string }
  /** Supervision and identity verification; a flag is present only when the credential settles it. */
  | { kind: 'supervision'; supervised?: boolean; idVerified?: boolean; uri?: string; label?: Text; term?: string }
  | {
      kind: 'quality-assurance';
      name?: Text;
      url?: string;
      code?: string;
      description?: Text;
      type?: { uri?: string; label?: Text };
      agent?: Text;
    }
  | { kind: 'grade'; value: Text; scale?: GradeScale }
  | {
      kind: 'stackability';
      stackable?: boolean;
      partialQualification?: boolean;
      relation?: StackabilityRelation;
      target?: string;
      label?: Text;
    }
  | { kind: 'link'; url: string; label?: Text };

export type ElementValueKind = ElementValue['kind'];

/** A value together with where it came from. */
export interface ElementEntry {
  value: ElementValue;
  /** JSONPath-style location in `document`, e.g. `$.credentialSubject.hasClaim[0].specifiedBy.creditPoint.point`. */
  path: string;
  document: SourceDocument;
  convention: Convention;
  /** Whether the document the value came from was covered by the verified proof. */
  covered: boolean;
}

export interface EuElement {
  id: ElementId;
  mandatory: boolean;
  present: boolean;
  /** Every value found, most authoritative first. */
  values: ElementEntry[];
}

export interface Completeness {
  mandatoryPresent: number;
  mandatoryTotal: 11;
  /** Mandatory elements with no value, in Annex I order. */
  missing: MandatoryElementId[];
  optionalPresent: number;
  optionalTotal: 5;
  optionalMissing: OptionalElementId[];
}

export type MicroCredentialSignal =
  /** OB 3.0 `achievement.achievementType: "MicroCredential"`. */
  | 'achievement-type'
  /** `type` of the credential names a micro-credential. */
  | 'credential-type'
  /** EDC `credentialProfiles` names a micro-credential profile. */
  | 'credential-profile'
  /** EDC `displayParameter.title` says "Micro-Credential" (the EC Annex I sample). */
  | 'display-title'
  /** EDC learning opportunity type "Short learning programme" (`http://data.europa.eu/snb/learning-opportunity/74a4a268e8`). */
  | 'short-learning-programme'
  /** ELM specification `dcType` labelled as a micro-credential. */
  | 'specification-type'
  /** educredentials micro-credential JSON schema in `credentialSchema`. */
  | 'credential-schema'
  /** Edubadges badge class type / `isMicroCredentials`. */
  | 'badge-class-type';

export interface MicroCredentialClaim {
  claimed: boolean;
  signals: { signal: MicroCredentialSignal; path: string; document: SourceDocument; value: string }[];
}

/** Values normalised across conventions, for comparison and summaries. */
export interface NormalisedViews {
  /** ECTS credits (the first stated value). */
  ects?: number;
  /** Notional workload in hours (the first value that converts exactly). */
  hours?: number;
  /** hours / ECTS, when both are known and ECTS > 0. */
  hoursPerEcts?: number;
  eqfLevel?: EqfLevel;
  /** ESCO skills, deduplicated by URI, with the first label the credential gives. */
  escoSkills: { uri: string; label?: Text }[];
  /** Issuer countries, deduplicated, canonical ISO 3166-1 codes. */
  countries: { code: string; alpha3?: string }[];
}

export interface EuProfile {
  family: 'vc' | 'ob2';
  /** Conventions whose fields were found, in the order first met. */
  conventions: Convention[];
  claimsMicroCredential: MicroCredentialClaim;
  /** All sixteen elements in Annex I order, present or not. */
  elements: EuElement[];
  completeness: Completeness;
  views: NormalisedViews;
  /** Things a careful reader should know; they never change the verdict. */
  warnings: ProfileProblem[];
}
