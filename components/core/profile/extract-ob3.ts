/**
 * Annex I elements from an Open Badges 3.0 credential (and, for the fields every VC has, from any
 * non-ELM verifiable credential). Native OB 3.0 fields first, then the educredentials
 * `EducredentialAchievement` terms (educredentials/obv3-examples `contexts/educredential.json`:
 * `ECTS`, `SBU`, `timeInvestment`, `participationType`, `assessmentType`, `identityChecked`,
 * `supervisionType`) and Edubadges fields (`issuer.parentOrg`, extension objects, plain keys).
 *
 * Not mapped, on purpose: `criteria.narrative` is not read as the type of assessment, nor an
 * endorsement as quality assurance: neither says so, and the profile never guesses.
 */
import type { Collector } from './collector.ts';
import { edubadgesBadgeFields, edubadgesIssuerFields } from './edubadges.ts';
import { toText } from './languages.ts';
import { addAlignment, profileOrganisation } from './ob-common.ts';
import { addCountry, addCredits, addHours, addText, booleanOf, textOf } from './readers.ts';
import { supervisionFromTerm } from './supervision.ts';
import type { DateMeaning, GradeScale } from './types.ts';
import { isRecord, str, type JsonNode } from './walk.ts';

export function extractOb3(c: Collector, doc: JsonNode): void {
  const w = c.walk;
  const subjects = w.objects(w.get(doc, 'credentialSubject'));
  const achievements = subjects.flatMap((subject) => w.objects(w.get(subject, 'achievement')));
  const issuer = w.get(doc, 'issuer');

  for (const subject of subjects) learner(c, subject);

  for (const achievement of achievements) addText(c, 'title', w.get(achievement, 'name'), 'ob3');
  const name = w.get(doc, 'name');
  const firstTitle = c.values('title')[0]?.value;
  const docName = textOf(name);
  if (name && docName !== undefined && !(firstTitle?.kind === 'text' && JSON.stringify(firstTitle.text) === JSON.stringify(docName))) {
    c.add('title', { kind: 'text', text: docName }, name, 'vc');
  }

  issuerFields(c, issuer);
  for (const achievement of achievements) {
    const creator = w.get(achievement, 'creator');
    const creatorId = creator && (typeof creator.value === 'string' ? creator.value : str(w.get(creator, 'id')));
    const issuerId = issuer && (typeof issuer.value === 'string' ? issuer.value : str(w.get(issuer, 'id')));
    if (creator && creatorId !== issuerId) {
      const value = profileOrganisation(c, creator, 'creator');
      if (value) c.add('awarding-body', value, creator, 'ob3');
    }
  }

  for (const [key, meaning] of [['issuanceDate', 'issued'], ['validFrom', 'valid-from'], ['awardedDate', 'awarded']] as const satisfies readonly (readonly [string, DateMeaning])[]) {
    const node = w.get(doc, key);
    const date = str(node);
    if (node && date !== undefined) c.add('issue-date', { kind: 'date', date, meaning }, node, key === 'awardedDate' ? 'ob3' : 'vc');
  }

  for (const achievement of achievements) achievementFields(c, achievement);
  for (const subject of subjects) {
    const earned = w.get(subject, 'creditsEarned');
    if (earned) {
      addCredits(c, earned, 'ob3', { ects: true, assumed: true });
      assumedUnit(c, earned.path);
    }
    results(c, subject, achievements);
  }
}

/** `credentialSubject.id` and OB 3.0 IdentityObjects (`identifier[]`). */
function learner(c: Collector, subject: JsonNode): void {
  const w = c.walk;
  const id = w.get(subject, 'id');
  const idValue = str(id);
  if (id && idValue !== undefined) c.add('learner', { kind: 'identifier', scheme: 'id', value: idValue, hashed: false }, id, 'vc');
  const name = w.get(subject, 'name');
  const nameText = textOf(name);
  if (name && nameText !== undefined) c.add('learner', { kind: 'name', part: 'full', text: nameText }, name, 'ob3');
  for (const identity of w.objects(w.get(subject, 'identifier'))) {
    const value = str(w.get(identity, 'identityHash'));
    if (value === undefined) continue;
    c.add('learner', { kind: 'identifier', scheme: str(w.get(identity, 'identityType')) ?? 'identifier', value, hashed: booleanOf(w.get(identity, 'hashed')) === true }, identity, 'ob3');
  }
}

function issuerFields(c: Collector, issuer: JsonNode | undefined): void {
  const w = c.walk;
  const value = profileOrganisation(c, issuer, 'issuer');
  if (issuer && value) c.add('awarding-body', value, issuer, 'vc');
  address(c, issuer, 'ob3');
  const parent = w.get(issuer, 'parentOrg');
  const parentValue = profileOrganisation(c, parent, 'parent-org');
  if (parent && parentValue) c.add('awarding-body', parentValue, parent, 'edubadges');
  address(c, parent, 'edubadges');
  edubadgesIssuerFields(c, issuer);
}

/** OB 3.0 Address: `addressCountryCode` (alpha-2), `addressCountry` (code or name), `addressRegion`. */
function address(c: Collector, profile: JsonNode | undefined, convention: 'ob3' | 'edubadges'): void {
  const w = c.walk;
  for (const addr of w.objects(w.get(profile, 'address'))) {
    const code = w.get(addr, 'addressCountryCode');
    const country = w.get(addr, 'addressCountry');
    if (code) addCountry(c, code, convention, country ? toText(country.value) : undefined);
    else if (country) addCountry(c, country, convention);
    const region = w.get(addr, 'addressRegion');
    const regionText = textOf(region);
    if (region && regionText !== undefined) c.add('issuer-country', { kind: 'region', label: regionText }, region, convention);
  }
}

function achievementFields(c: Collector, achievement: JsonNode): void {
  const w = c.walk;
  for (const alignment of w.objects(w.get(achievement, 'alignment'))) addAlignment(c, alignment, 'ob3');

  const ects = w.get(achievement, 'ECTS') ?? w.get(achievement, 'ects');
  if (ects) addCredits(c, ects, 'educredentials', { ects: true, assumed: false });
  const available = w.get(achievement, 'creditsAvailable');
  if (available) {
    addCredits(c, available, 'ob3', { ects: true, assumed: true });
    if (!ects && w.at(achievement, 'extensions:ECTSExtension', 'ECTS') === undefined) assumedUnit(c, available.path);
  }
  addHours(c, w.get(achievement, 'timeInvestment'), 'educredentials');
  addHours(c, w.get(achievement, 'SBU'), 'educredentials');

  const participation = w.get(achievement, 'participationType');
  const participationTerm = str(participation);
  if (participation && participationTerm !== undefined) c.add('participation', { kind: 'term', term: participationTerm, vocabulary: 'educredentials:participationType' }, participation, 'educredentials');
  const assessment = w.get(achievement, 'assessmentType');
  const assessmentTerm = str(assessment);
  if (assessment && assessmentTerm !== undefined) c.add('assessment', { kind: 'term', term: assessmentTerm, vocabulary: 'educredentials:assessmentType' }, assessment, 'educredentials');

  const supervision = w.get(achievement, 'supervisionType');
  const supervisionTerm = str(supervision);
  if (supervision && supervisionTerm !== undefined) c.add('supervision', { kind: 'supervision', ...supervisionFromTerm(supervisionTerm), term: supervisionTerm }, supervision, 'educredentials');
  const checked = w.get(achievement, 'identityChecked');
  const isChecked = booleanOf(checked);
  if (checked && isChecked !== undefined) c.add('supervision', { kind: 'supervision', idVerified: isChecked }, checked, 'educredentials');

  edubadgesBadgeFields(c, achievement, { assessmentType: false });
  // The description is the outcome statement of last resort: explicit outcomes and skills come first.
  addText(c, 'learning-outcomes', w.get(achievement, 'description'), 'ob3');

  const criteria = w.get(achievement, 'criteria');
  const criteriaUrl = str(w.get(criteria, 'id'));
  if (criteria && criteriaUrl !== undefined && /^https?:\/\//i.test(criteriaUrl)) c.add('further-information', { kind: 'link', url: criteriaUrl }, w.get(criteria, 'id')!, 'ob3');
}

function assumedUnit(c: Collector, path: string): void {
  c.warn('CREDITS_UNIT_ASSUMED', `${path} states credits without a credit system; they are read as ECTS`);
}

/** `credentialSubject.result[]` with the achievement's `resultDescription` it refers to. */
function results(c: Collector, subject: JsonNode, achievements: JsonNode[]): void {
  const w = c.walk;
  const descriptions = achievements.flatMap((achievement) => w.objects(w.get(achievement, 'resultDescription')));
  for (const result of w.objects(w.get(subject, 'result'))) {
    const valueNode = w.get(result, 'value');
    const value = valueNode ? toText(valueNode.value) : undefined;
    if (!valueNode || value === undefined) continue;
    const ref = str(w.get(result, 'resultDescription'));
    const description = ref === undefined ? undefined : descriptions.find((entry) => str(w.get(entry, 'id')) === ref);
    const scale: GradeScale = {};
    if (description && isRecord(description.value)) {
      const d = description.value;
      const scaleName = toText(d.name);
      if (scaleName !== undefined) scale.name = scaleName;
      for (const [from, to] of [['resultType', 'type'], ['valueMin', 'min'], ['valueMax', 'max'], ['requiredValue', 'required']] as const) {
        const v = str(w.get(description, from));
        if (v !== undefined) scale[to] = v;
      }
    }
    c.add('grade', { kind: 'grade', value, ...(Object.keys(scale).length > 0 ? { scale } : {}) }, valueNode, 'ob3');
  }
}
