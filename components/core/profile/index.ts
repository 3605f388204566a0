/**
 * The EU micro-credential profile: which Annex I elements a credential states, with what values,
 * from where, and whether the verified proof covered them. Pure and synchronous; never throws;
 * never changes the verdict.
 */
import type { JsonObject } from '../suites/canonize.ts';
import { Collector } from './collector.ts';
import { completeness } from './completeness.ts';
import { extractElm, isElm } from './extract-elm.ts';
import { extractOb2 } from './extract-ob2.ts';
import { extractOb3 } from './extract-ob3.ts';
import { microCredentialClaim } from './micro-credential.ts';
import { ELEMENTS, MANDATORY_ELEMENTS, type EuElement, type EuProfile, type MandatoryElementId } from './types.ts';
import { normalisedViews } from './views.ts';
import { isRecord, root, type JsonNode } from './walk.ts';

export interface EuProfileInput {
  /** The credential (VC, the payload of an EDC JAdES envelope, or an OB 2.0 assertion). */
  document: JsonObject;
  family: 'vc' | 'ob2';
  /** OB 2.0: the BadgeClass and issuer Profile retrieved from the issuer. */
  ob2?: { badgeClass?: JsonObject; issuer?: JsonObject };
  /** The reader's language (BCP 47), used to choose the language of texts quoted in warnings. */
  locale?: string;
  /** Whether the verified proof (or, for hosted OB 2.0, the issuer's own copy) covered the document. */
  coveredByProof: boolean;
}

/** Annex I's wording of each mandatory element, for warning details (technical, not display text). */
const ANNEX_NAMES: Readonly<Record<MandatoryElementId, string>> = {
  learner: 'identification of the learner',
  title: 'title of the micro-credential',
  'issuer-country': 'country/region of the issuer',
  'awarding-body': 'awarding body',
  'issue-date': 'date of issuing',
  'learning-outcomes': 'learning outcomes',
  workload: 'notional workload (ECTS)',
  level: 'level (EQF, QF-EHEA)',
  assessment: 'type of assessment',
  participation: 'form of participation',
  'quality-assurance': 'type of quality assurance',
};

export function extractEuProfile(input: EuProfileInput): EuProfile {
  const c = new Collector(input.coveredByProof === true, typeof input.locale === 'string' ? input.locale : undefined);
  const family = input.family === 'ob2' ? 'ob2' : 'vc';
  let claim: EuProfile['claimsMicroCredential'] = { claimed: false, signals: [] };
  try {
    const doc = credentialRoot(c, input.document);
    const badgeClass = family === 'ob2' && isRecord(input.ob2?.badgeClass) ? root(input.ob2.badgeClass, 'badge-class') : undefined;
    if (family === 'ob2') {
      extractOb2(c, doc, {
        ...(isRecord(input.ob2?.badgeClass) ? { badgeClass: input.ob2.badgeClass } : {}),
        ...(isRecord(input.ob2?.issuer) ? { issuer: input.ob2.issuer } : {}),
      });
    } else if (isElm(c, doc)) {
      extractElm(c, doc);
    } else {
      extractOb3(c, doc);
    }
    claim = microCredentialClaim(c, doc, family, badgeClass);
  } catch (error) {
    // Only a caller's object can throw here (a getter, a proxy); JSON never does. Keep what was read.
    c.warn('EU_PROFILE_TRUNCATED', `extraction stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const path of c.walk.cut) {
    c.warn('EU_PROFILE_TRUNCATED', path === '(visit budget)' ? 'more values than the work limit allows; the rest were not read' : `${path} has more entries than the limit; the rest were not read`);
  }

  let views: EuProfile['views'] = { escoSkills: [], countries: [] };
  try {
    views = normalisedViews(c);
  } catch (error) {
    c.warn('EU_PROFILE_TRUNCATED', `normalising stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  const elements: EuElement[] = ELEMENTS.map((id) => {
    const values = c.values(id);
    return { id, mandatory: (MANDATORY_ELEMENTS as readonly string[]).includes(id), present: values.length > 0, values };
  });
  const summary = completeness(elements);
  for (const id of summary.missing) c.warn('EU_ELEMENT_MISSING', `no value states Annex I element ${id} (${ANNEX_NAMES[id]})`);
  return {
    family,
    conventions: c.conventions,
    claimsMicroCredential: claim,
    elements,
    completeness: summary,
    views,
    warnings: c.warnings,
  };
}

/** A VC-JWT payload carries the credential in its `vc` claim (VC Data Model 1.1 §6.3.1). */
function credentialRoot(c: Collector, document: unknown): JsonNode {
  const node = root(isRecord(document) ? document : {}, 'credential');
  const vc = c.walk.get(node, 'vc');
  return c.walk.get(node, 'credentialSubject') === undefined && vc && isRecord(vc.value) ? vc : node;
}

/** The element with this id (every profile lists all sixteen). */
export function profileElement(profile: EuProfile, id: EuElement['id']): EuElement {
  return profile.elements.find((element) => element.id === id) ?? { id, mandatory: (MANDATORY_ELEMENTS as readonly string[]).includes(id), present: false, values: [] };
}

export { completeness } from './completeness.ts';
export { COUNTRY_CODES, COUNTRY_CODES_ALPHA3, resolveCountry, type CountryCode } from './countries.ts';
export { durationHours, parseDuration, type DurationParse, type DurationParts } from './durations.ts';
export { ECTS_FRAMEWORK_URI, HOURS_PER_ECTS_MAX, HOURS_PER_ECTS_MIN, hoursPerEcts, isEctsFramework, parseCredits, parseQuantity } from './ects.ts';
export { EQF_URI_BASE, eqfUri, isEqfUri, parseEqf } from './eqf.ts';
export { pickLanguage, toText, type PickedText } from './languages.ts';
export { isEscoSkillUri, skillFramework } from './skills.ts';
export { supervisionFromConcept, supervisionFromTerm } from './supervision.ts';
export { PROFILE_CODES, profileProblem, type ProfileCode, type ProfileProblem } from './codes.ts';
export * from './types.ts';
