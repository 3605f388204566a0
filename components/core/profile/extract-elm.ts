/**
 * Annex I elements from a European Learning Model 3 credential (Europass EDC, EBSI EDC).
 * Paths follow the EC's Annex I sample (Sample-MC-Annex1, European-Learning-Model 9d7c5d2) and
 * the EDC application profile (eu-edc.md §5): `hc` = `credentialSubject.hasClaim[]`,
 * `spec` = `hc.specifiedBy`, assessments = `hc.provenBy[]`, activities = `hc.influencedBy[]`.
 */
import type { Text } from '../report.ts';
import { quote } from '../problems.ts';
import { where, type Collector } from './collector.ts';
import { resolveCountry } from './countries.ts';
import { isEctsFramework } from './ects.ts';
import { eqfUri, parseEqf } from './eqf.ts';
import { toText } from './languages.ts';
import {
  addConcept,
  addCountry,
  addCredits,
  addDuration,
  addText,
  booleanOf,
  conceptOf,
  organisationValue,
  skillOf,
  textOf,
} from './readers.ts';
import { supervisionFromConcept } from './supervision.ts';
import type { Skill } from './types.ts';
import { idOf, isRecord, str, types, type JsonNode } from './walk.ts';

const ELM_CONTEXT = /^https?:\/\/data\.europa\.eu\/snb\/model\/context\/|edc-ap-context|edci/i;
/** The ELM Accredited credential profile and Accreditation evidence type (eu-edc.md §1.2, §5). */
const ACCREDITED_PROFILE = 'http://data.europa.eu/snb/credential/6cf8e68c43';
const ACCREDITATION_EVIDENCE = 'http://data.europa.eu/snb/evidence-type/c_991b06c6';

/** Whether the document is an ELM credential: its type, its context, or ELM claims. */
export function isElm(c: Collector, doc: JsonNode): boolean {
  if (types(doc).includes('EuropeanDigitalCredential')) return true;
  const context = c.walk.items(c.walk.get(doc, '@context'));
  if (context.some((entry) => typeof entry.value === 'string' && ELM_CONTEXT.test(entry.value))) return true;
  return c.walk.objects(c.walk.get(doc, 'credentialSubject')).some((subject) => c.walk.get(subject, 'hasClaim') !== undefined);
}

function typed(node: JsonNode, type: string): boolean {
  return types(node).includes(type);
}

/** An ELM Note (`noteLiteral`) or plain text. */
function noteText(node: JsonNode | undefined): Text | undefined {
  if (!node) return undefined;
  if (isRecord(node.value) && Object.hasOwn(node.value, 'noteLiteral')) return toText(node.value.noteLiteral);
  return textOf(node);
}

/** The URL of a WebResource (`contentURL`) or a bare URL. */
function webResource(c: Collector, node: JsonNode): string | undefined {
  if (typeof node.value === 'string') return node.value;
  return str(c.walk.get(node, 'contentURL')) ?? str(c.walk.get(node, 'id'));
}

export interface ElmClaims {
  /** The claims that name the credential: its LearningAchievements, or every claim when it has none. */
  primary: JsonNode[];
  achievements: JsonNode[];
  /** LearningActivity claims and the activities achievements were influenced by. */
  activities: JsonNode[];
  /** LearningAssessment claims and the assessments achievements were proven by. */
  assessments: JsonNode[];
}

/** Claims by role. An untyped claim is read as an achievement (the ELM default for `hasClaim`). */
export function elmClaims(c: Collector, subject: JsonNode): ElmClaims {
  const claims = c.walk.objects(c.walk.get(subject, 'hasClaim'));
  const achievements = claims.filter((claim) => typed(claim, 'LearningAchievement') || types(claim).length === 0);
  const activities = claims.filter((claim) => typed(claim, 'LearningActivity'));
  const assessments = claims.filter((claim) => typed(claim, 'LearningAssessment'));
  for (const achievement of achievements) {
    activities.push(...c.walk.objects(c.walk.get(achievement, 'influencedBy')));
    assessments.push(...c.walk.objects(c.walk.get(achievement, 'provenBy')));
  }
  return { primary: achievements.length > 0 ? achievements : claims, achievements, activities, assessments };
}

export function extractElm(c: Collector, doc: JsonNode): void {
  const w = c.walk;
  const subjects = w.objects(w.get(doc, 'credentialSubject'));
  for (const subject of subjects) learner(c, subject);
  issueDates(c, doc);
  for (const subject of subjects) {
    const { primary, achievements, activities, assessments } = elmClaims(c, subject);
    for (const claim of primary) primaryClaim(c, claim);
    for (const hc of achievements) achievement(c, hc);
    for (const activity of activities) learningActivity(c, activity, !primary.includes(activity));
    for (const assessment of assessments) learningAssessment(c, assessment);
  }
  qualityAssuranceEvidence(c, doc);
  // Without an awarding process the credential's issuer is the awarding body (no mandate, eu-edc.md §1.3).
  const issuer = w.get(doc, 'issuer');
  if (c.values('awarding-body').length === 0) organisation(c, issuer, 'issuer');
  if (c.values('issuer-country').length === 0) organisationCountry(c, issuer);
}

function learner(c: Collector, subject: JsonNode): void {
  const w = c.walk;
  for (const [key, part] of [['fullName', 'full'], ['givenName', 'given'], ['familyName', 'family']] as const) {
    const node = w.get(subject, key);
    const text = textOf(node);
    if (node && text !== undefined) c.add('learner', { kind: 'name', part, text }, node, 'elm');
  }
  const birth = w.get(subject, 'dateOfBirth');
  const birthDate = str(birth);
  if (birth && birthDate !== undefined) c.add('learner', { kind: 'date', date: birthDate, meaning: 'birth' }, birth, 'elm');
  for (const id of w.objects(w.get(subject, 'nationalID'))) {
    const value = str(w.get(id, 'notation'));
    const code = resolveCountry(idOf(w.get(id, 'spatial')))?.code;
    if (value !== undefined) c.add('learner', { kind: 'identifier', scheme: 'nationalID', value, hashed: false, ...(code ? { country: code } : {}) }, id, 'elm');
  }
  for (const id of w.objects(w.get(subject, 'identifier'))) {
    const value = str(w.get(id, 'notation'));
    if (value !== undefined) c.add('learner', { kind: 'identifier', scheme: str(w.get(id, 'schemeName')) ?? 'identifier', value, hashed: false }, id, 'elm');
  }
  for (const mailbox of w.all(subject, 'contactPoint', 'emailAddress')) {
    const address = idOf(mailbox);
    if (address !== undefined) c.add('learner', { kind: 'identifier', scheme: 'email', value: address.replace(/^mailto:/i, ''), hashed: false }, mailbox, 'elm');
  }
  const id = w.get(subject, 'id');
  const idValue = str(id);
  if (id && idValue !== undefined) c.add('learner', { kind: 'identifier', scheme: 'id', value: idValue, hashed: false }, id, 'elm');
}

function issueDates(c: Collector, doc: JsonNode): void {
  const w = c.walk;
  // `issued` is the ELM term, `issuanceDate` its VC 1.1 twin; EC samples carry both with one value.
  const issued = [w.get(doc, 'issued'), w.get(doc, 'issuanceDate')].filter((node): node is JsonNode => str(node) !== undefined);
  const seen = new Set<string>();
  for (const node of issued) {
    const date = str(node)!;
    if (seen.has(date)) continue;
    seen.add(date);
    c.add('issue-date', { kind: 'date', date, meaning: 'issued' }, node, 'elm');
  }
  const validFrom = w.get(doc, 'validFrom');
  const from = str(validFrom);
  if (validFrom && from !== undefined) c.add('issue-date', { kind: 'date', date: from, meaning: 'valid-from' }, validFrom, 'elm');
}

/** What any claim naming the credential states: title, awarding body, relations, notes. */
function primaryClaim(c: Collector, claim: JsonNode): void {
  const w = c.walk;
  addText(c, 'title', w.get(claim, 'title'), 'elm');
  for (const spec of w.objects(w.get(claim, 'specifiedBy'))) addText(c, 'title', w.get(spec, 'title'), 'elm');

  for (const awarding of w.objects(w.get(claim, 'awardedBy'))) {
    // EBSI examples repeat the full awarding body in every claim: each organisation is read once.
    const bodies = w.items(w.get(awarding, 'awardingBody')).filter((body) => organisation(c, body, 'awarding-body'));
    for (const body of bodies) organisationCountry(c, body);
    for (const body of bodies) for (const accreditation of w.objects(w.get(body, 'accreditation'))) addAccreditation(c, accreditation);
    const date = w.get(awarding, 'awardingDate');
    const awarded = str(date);
    if (date && awarded !== undefined) c.add('issue-date', { kind: 'date', date: awarded, meaning: 'awarded' }, date, 'elm');
  }

  for (const [key, relation] of [['isPartOf', 'part-of'], ['entitlesTo', 'entitles-to']] as const) {
    for (const related of w.items(w.get(claim, key))) relatedAchievement(c, related, relation);
  }
  addText(c, 'further-information', w.get(claim, 'description'), 'elm');
  for (const note of w.items(w.get(claim, 'additionalNote'))) addNote(c, 'further-information', note);
}

function achievement(c: Collector, hc: JsonNode): void {
  const w = c.walk;
  for (const spec of w.objects(w.get(hc, 'specifiedBy'))) specification(c, spec);
  for (const received of w.objects(w.get(hc, 'creditReceived'))) creditPoint(c, received);
}

function specification(c: Collector, spec: JsonNode): void {
  const w = c.walk;
  for (const outcome of w.objects(w.get(spec, 'learningOutcome'))) learningOutcome(c, outcome);
  const summary = w.get(spec, 'learningOutcomeSummary');
  if (summary) addNote(c, 'learning-outcomes', summary);

  for (const credit of w.objects(w.get(spec, 'creditPoint'))) creditPoint(c, credit);
  addDuration(c, w.get(spec, 'volumeOfLearning'), 'elm');

  for (const level of w.items(w.get(spec, 'eqfLevel'))) eqfLevel(c, level);
  for (const level of w.items(w.get(spec, 'nqfLevel'))) {
    const concept = conceptOf(level);
    if (concept) c.add('level', { kind: 'framework-level', framework: 'NQF', ...(concept.uri ? { uri: concept.uri } : {}), ...(concept.label !== undefined ? { label: concept.label } : {}) }, level, 'elm');
  }

  for (const mode of w.items(w.get(spec, 'mode'))) addConcept(c, 'participation', mode, 'elm');
  for (const setting of w.items(w.get(spec, 'learningSetting'))) addConcept(c, 'participation', setting, 'elm');

  for (const accreditation of w.objects(w.get(spec, 'accreditation'))) addAccreditation(c, accreditation);

  for (const requirement of w.items(w.get(spec, 'entryRequirement'))) addNote(c, 'prerequisites', requirement);

  const partial = w.get(spec, 'isPartialQualification');
  const isPartial = booleanOf(partial);
  if (partial && isPartial !== undefined) c.add('stackability', { kind: 'stackability', partialQualification: isPartial }, partial, 'elm');
  for (const related of w.items(w.get(spec, 'isPartOf'))) relatedAchievement(c, related, 'part-of');

  specificationNotes(c, spec);
}

/** Notes, descriptions and links of any specification (qualification, activity). */
function specificationNotes(c: Collector, spec: JsonNode): void {
  const w = c.walk;
  for (const note of w.items(w.get(spec, 'additionalNote'))) addNote(c, 'further-information', note);
  addText(c, 'further-information', w.get(spec, 'description'), 'elm');
  for (const key of ['homepage', 'supplementaryDocument']) {
    for (const resource of w.items(w.get(spec, key))) {
      const url = webResource(c, resource);
      const label = isRecord(resource.value) ? toText(resource.value.title) : undefined;
      if (url !== undefined) c.add('further-information', { kind: 'link', url, ...(label !== undefined ? { label } : {}) }, resource, 'elm');
    }
  }
}

function learningOutcome(c: Collector, outcome: JsonNode): void {
  const w = c.walk;
  const title = isRecord(outcome.value) ? toText(outcome.value.title) : undefined;
  const skills: Skill[] = [];
  for (const [key, claimedEsco] of [['relatedESCOSkill', true], ['relatedSkill', false]] as const) {
    for (const skillNode of w.items(w.get(outcome, key))) {
      const concept = conceptOf(skillNode);
      const skill = concept && skillOf(c, skillNode, concept.uri, concept.label, claimedEsco);
      if (skill) skills.push(skill);
    }
  }
  if (title === undefined && skills.length === 0) return;
  c.add('learning-outcomes', { kind: 'outcome', ...(title !== undefined ? { title } : {}), skills }, outcome, 'elm');
}

/** ELM CreditPoint: ECTS when its framework is the ECTS concept, else credits in the named framework. */
function creditPoint(c: Collector, credit: JsonNode): void {
  const w = c.walk;
  const frameworkNode = w.get(credit, 'framework');
  const framework = conceptOf(frameworkNode);
  const point = w.get(credit, 'point');
  if (isEctsFramework(framework?.uri)) addCredits(c, point, 'elm', { ects: true, assumed: false });
  else addCredits(c, point, 'elm', { ects: false, ...(framework?.uri ? { framework: framework.uri } : {}), ...(framework?.label !== undefined ? { frameworkLabel: framework.label } : {}) });
}

/** ELM eqfLevel: a Concept whose id is the EQF concept URI; its notation or label as a fallback. */
function eqfLevel(c: Collector, node: JsonNode): void {
  const concept = conceptOf(node);
  const candidates: unknown[] = [concept?.uri];
  if (isRecord(node.value)) candidates.push(node.value.notation);
  const label = concept?.label;
  if (typeof label === 'string') candidates.push(label);
  else if (label) candidates.push(...Object.values(label));
  for (const candidate of candidates) {
    const level = parseEqf(candidate);
    if (level !== undefined) {
      c.add('level', { kind: 'eqf', level, uri: eqfUri(level) }, node, 'elm');
      return;
    }
  }
  c.warn('EQF_LEVEL_MALFORMED', `${where(node)} is ${quote(concept?.uri ?? node.value)}, not an EQF level concept http://data.europa.eu/snb/eqf/1…8`);
  if (concept) c.add('level', { kind: 'framework-level', framework: 'EQF', ...(concept.uri ? { uri: concept.uri } : {}), ...(concept.label !== undefined ? { label: concept.label } : {}) }, node, 'elm');
}

/** A learning activity: how the learner took part, and its workload (`workload` on the activity, `volumeOfLearning` on its specification). */
function learningActivity(c: Collector, activity: JsonNode, nested: boolean): void {
  const w = c.walk;
  for (const spec of w.objects(w.get(activity, 'specifiedBy'))) {
    for (const mode of w.items(w.get(spec, 'mode'))) addConcept(c, 'participation', mode, 'elm');
    for (const type of w.items(w.get(spec, 'dcType'))) addConcept(c, 'participation', type, 'elm');
    addDuration(c, w.get(spec, 'volumeOfLearning'), 'elm');
    specificationNotes(c, spec);
  }
  addDuration(c, w.get(activity, 'workload'), 'elm');
  // A claim's own description is read with the claim; an activity behind an achievement adds its own.
  if (nested) addText(c, 'further-information', w.get(activity, 'description'), 'elm');
}

function learningAssessment(c: Collector, assessment: JsonNode): void {
  const w = c.walk;
  const specs = w.objects(w.get(assessment, 'specifiedBy'));
  for (const spec of specs) {
    for (const type of w.items(w.get(spec, 'dcType'))) addConcept(c, 'assessment', type, 'elm');
    for (const mode of w.items(w.get(spec, 'mode'))) addConcept(c, 'assessment', mode, 'elm');
  }
  if (!addText(c, 'assessment', w.get(assessment, 'title'), 'elm')) {
    for (const spec of specs) addText(c, 'assessment', w.get(spec, 'title'), 'elm');
  }

  for (const verification of w.items(w.get(assessment, 'idVerification'))) {
    const concept = conceptOf(verification);
    if (!concept) continue;
    c.add('supervision', { kind: 'supervision', ...supervisionFromConcept(concept.uri), ...(concept.uri ? { uri: concept.uri } : {}), ...(concept.label !== undefined ? { label: concept.label } : {}) }, verification, 'elm');
  }

  const scheme = specs.map((spec) => w.get(spec, 'gradingScheme')).find((node) => node !== undefined);
  const schemeName = scheme && isRecord(scheme.value) ? toText(scheme.value.title) : undefined;
  const schemeDescription = scheme && isRecord(scheme.value) ? toText(scheme.value.description) : undefined;
  for (const grade of w.items(w.get(assessment, 'grade'))) {
    const value = noteText(grade);
    if (value === undefined) continue;
    const scale = { ...(schemeName !== undefined ? { name: schemeName } : {}), ...(schemeDescription !== undefined ? { description: schemeDescription } : {}) };
    c.add('grade', { kind: 'grade', value, ...(Object.keys(scale).length > 0 ? { scale } : {}) }, grade, 'elm');
  }
}

function addNote(c: Collector, element: 'learning-outcomes' | 'prerequisites' | 'further-information', node: JsonNode): void {
  const text = noteText(node);
  if (text !== undefined) c.add(element, { kind: 'text', text }, node, 'elm');
}

function relatedAchievement(c: Collector, node: JsonNode, relation: 'part-of' | 'entitles-to'): void {
  const target = idOf(node);
  const label = isRecord(node.value) ? toText(node.value.title) : undefined;
  if (target === undefined && label === undefined) return;
  c.add('stackability', { kind: 'stackability', relation, ...(target !== undefined ? { target } : {}), ...(label !== undefined ? { label } : {}) }, node, 'elm');
}

/** An ELM Organisation as the awarding body (or, without one, the issuer); false when absent or already read. */
function organisation(c: Collector, node: JsonNode | undefined, role: 'awarding-body' | 'issuer'): boolean {
  if (!node) return false;
  const w = c.walk;
  const known = idOf(node);
  if (known !== undefined && c.values('awarding-body').some((entry) => entry.value.kind === 'organisation' && entry.value.id === known)) return false;
  if (typeof node.value === 'string') {
    c.add('awarding-body', { kind: 'organisation', role, id: node.value, identifiers: [] }, node, 'elm');
    return true;
  }
  if (!isRecord(node.value)) return false;
  const identifiers: { scheme?: string; value: string }[] = [];
  for (const [key, scheme] of [['registration', 'registration'], ['vatIdentifier', 'vat'], ['eIDASIdentifier', 'eidas'], ['taxIdentifier', 'tax'], ['identifier', undefined]] as const) {
    for (const id of w.objects(w.get(node, key))) {
      const value = str(w.get(id, 'notation'));
      const name = scheme ?? str(w.get(id, 'schemeName'));
      if (value !== undefined) identifiers.push({ value, ...(name !== undefined ? { scheme: name } : {}) });
    }
  }
  const id = str(w.get(node, 'id'));
  const name = toText(node.value.legalName) ?? toText(node.value.altLabel) ?? toText(node.value.prefLabel);
  const homepage = w.items(w.get(node, 'homepage')).map((resource) => webResource(c, resource)).find((url) => url !== undefined);
  c.add('awarding-body', organisationValue(role, { id, name, homepage }, identifiers), node, 'elm');
  return true;
}

/** Countries and regions of an Organisation: `location[].address[].countryCode`, `location[].spatialCode`. */
function organisationCountry(c: Collector, node: JsonNode | undefined): void {
  const w = c.walk;
  for (const location of w.objects(w.get(node, 'location'))) {
    for (const address of w.objects(w.get(location, 'address'))) {
      for (const code of w.items(w.get(address, 'countryCode'))) addCountry(c, code, 'elm', conceptOf(code)?.label);
    }
    for (const spatial of w.items(w.get(location, 'spatialCode'))) {
      const concept = conceptOf(spatial);
      if (concept) c.add('issuer-country', { kind: 'region', ...(concept.uri ? { uri: concept.uri } : {}), ...(concept.label !== undefined ? { label: concept.label } : {}) }, spatial, 'elm');
    }
  }
}

function addAccreditation(c: Collector, node: JsonNode): void {
  const w = c.walk;
  if (!isRecord(node.value)) return;
  const type = conceptOf(w.get(node, 'dcType'));
  const agentNode = w.get(node, 'accreditingAgent');
  const agent = agentNode && isRecord(agentNode.value) ? toText(agentNode.value.legalName) ?? toText(agentNode.value.altLabel) : undefined;
  const name = toText(node.value.title);
  const description = toText(node.value.description);
  const url = w.items(w.get(node, 'homepage')).map((resource) => webResource(c, resource)).find((u) => u !== undefined) ?? w.items(w.get(node, 'landingPage')).map((resource) => webResource(c, resource)).find((u) => u !== undefined);
  const id = str(w.get(node, 'id'));
  c.add(
    'quality-assurance',
    {
      kind: 'quality-assurance',
      ...(name !== undefined ? { name } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(id !== undefined ? { code: id } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(type ? { type: { ...(type.uri ? { uri: type.uri } : {}), ...(type.label !== undefined ? { label: type.label } : {}) } } : {}),
      ...(agent !== undefined ? { agent } : {}),
    },
    node,
    'elm',
  );
}

/** Accreditation evidence and the Accredited credential profile (eu-edc.md §1.3). */
function qualityAssuranceEvidence(c: Collector, doc: JsonNode): void {
  const w = c.walk;
  for (const evidence of w.objects(w.get(doc, 'evidence'))) {
    const accreditations = w.objects(w.get(evidence, 'accreditation'));
    for (const accreditation of accreditations) addAccreditation(c, accreditation);
    if (accreditations.length === 0 && w.items(w.get(evidence, 'dcType')).some((type) => idOf(type) === ACCREDITATION_EVIDENCE)) {
      addConcept(c, 'quality-assurance', w.items(w.get(evidence, 'dcType'))[0], 'elm');
    }
  }
  for (const profile of w.items(w.get(doc, 'credentialProfiles'))) {
    if (idOf(profile) === ACCREDITED_PROFILE) addConcept(c, 'quality-assurance', profile, 'elm');
  }
}
