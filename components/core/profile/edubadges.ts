/**
 * Edubadges (SURF) fields for Annex I, in Open Badges 2.0 and carried into 3.0.
 *
 * Extension objects (edubadges-server `apps/mainsite/static/extensions/*`, wiki "Metadata
 * Extensions for Edubadges"): `"extensions:ECTSExtension": {"ECTS": 2.5}`, `EQFExtension {EQF}`,
 * `StudyLoadExtension {StudyLoad}` (hours), `TimeInvestmentExtension` (hours; its schema names the
 * property `StudyLoad` but requires `TimeInvestment`, so both are read), `LearningOutcomeExtension
 * {LearningOutcome}`, and on the issuer `InstitutionCountryExtension {InstitutionCountry}`,
 * `InstitutionNameExtension {InstitutionName}`, `InstitutionIdentifierExtension {InstitutionIdentifier}`.
 * Plain keys (edubadges-server `apps/issuer/models.py`, eu-edc.md §5): `participation`,
 * `assessmentType`, `assessmentSupervised`, `assessmentIdVerified`, `grade_achieved`, `stackable`,
 * and the BadgeClass quality-assurance fields `quality_assurance_name/url/description`
 * (GraphQL/DTO spelling `qualityAssuranceName/Url/Description`).
 */
import { type Collector } from './collector.ts';
import { toText } from './languages.ts';
import { addCountry, addCredits, addEqf, addHours, addText, booleanOf } from './readers.ts';
import { isRecord, str, type JsonNode } from './walk.ts';

const EXT = (name: string) => `extensions:${name}Extension`;

/** Fields of a badge-like object: OB 2.0 BadgeClass or Assertion, OB 3.0 Achievement. */
export function edubadgesBadgeFields(c: Collector, node: JsonNode | undefined, options: { assessmentType: boolean } = { assessmentType: true }): void {
  if (!node || !isRecord(node.value)) return;
  const w = c.walk;
  addCredits(c, w.at(node, EXT('ECTS'), 'ECTS'), 'edubadges', { ects: true, assumed: false });
  addEqf(c, w.at(node, EXT('EQF'), 'EQF'), 'edubadges');
  addHours(c, w.at(node, EXT('StudyLoad'), 'StudyLoad'), 'edubadges');
  const timeInvestment = w.get(node, EXT('TimeInvestment'));
  addHours(c, w.get(timeInvestment, 'TimeInvestment') ?? w.get(timeInvestment, 'StudyLoad'), 'edubadges');
  addText(c, 'learning-outcomes', w.at(node, EXT('LearningOutcome'), 'LearningOutcome'), 'edubadges');

  const participation = w.get(node, 'participation');
  const participationTerm = str(participation);
  if (participation && participationTerm !== undefined) c.add('participation', { kind: 'term', term: participationTerm, vocabulary: 'edubadges:participation' }, participation, 'edubadges');
  // In OB 3.0 the same key is the educredentials term, read by the OB 3.0 extractor.
  const assessment = options.assessmentType ? w.get(node, 'assessmentType') : undefined;
  const assessmentTerm = str(assessment);
  if (assessment && assessmentTerm !== undefined) c.add('assessment', { kind: 'term', term: assessmentTerm, vocabulary: 'edubadges:assessmentType' }, assessment, 'edubadges');
  const supervised = w.get(node, 'assessmentSupervised');
  const isSupervised = booleanOf(supervised);
  if (supervised && isSupervised !== undefined) c.add('supervision', { kind: 'supervision', supervised: isSupervised }, supervised, 'edubadges');
  const verified = w.get(node, 'assessmentIdVerified');
  const isVerified = booleanOf(verified);
  if (verified && isVerified !== undefined) c.add('supervision', { kind: 'supervision', idVerified: isVerified }, verified, 'edubadges');
  const stackable = w.get(node, 'stackable');
  const isStackable = booleanOf(stackable);
  if (stackable && isStackable !== undefined) c.add('stackability', { kind: 'stackability', stackable: isStackable }, stackable, 'edubadges');

  for (const key of ['grade_achieved', 'gradeAchieved']) {
    const grade = w.get(node, key);
    const value = grade ? toText(grade.value) : undefined;
    if (grade && value !== undefined) c.add('grade', { kind: 'grade', value }, grade, 'edubadges');
  }

  for (const [nameKey, urlKey, descriptionKey] of [
    ['quality_assurance_name', 'quality_assurance_url', 'quality_assurance_description'],
    ['qualityAssuranceName', 'qualityAssuranceUrl', 'qualityAssuranceDescription'],
  ] as const) {
    const nameNode = w.get(node, nameKey);
    const name = nameNode ? toText(nameNode.value) : undefined;
    const url = str(w.get(node, urlKey));
    const descriptionNode = w.get(node, descriptionKey);
    const description = descriptionNode ? toText(descriptionNode.value) : undefined;
    const at = nameNode ?? w.get(node, urlKey) ?? descriptionNode;
    if (!at || (name === undefined && url === undefined && description === undefined)) continue;
    c.add('quality-assurance', { kind: 'quality-assurance', ...(name !== undefined ? { name } : {}), ...(url !== undefined ? { url } : {}), ...(description !== undefined ? { description } : {}) }, at, 'edubadges');
  }
}

/** Issuer-profile extensions: the institution's country and the institution itself. */
export function edubadgesIssuerFields(c: Collector, issuer: JsonNode | undefined): void {
  if (!issuer || !isRecord(issuer.value)) return;
  const w = c.walk;
  addCountry(c, w.at(issuer, EXT('InstitutionCountry'), 'InstitutionCountry'), 'edubadges');
  const nameNode = w.at(issuer, EXT('InstitutionName'), 'InstitutionName');
  const name = nameNode ? toText(nameNode.value) : undefined;
  const identifier = str(w.at(issuer, EXT('InstitutionIdentifier'), 'InstitutionIdentifier'));
  if (nameNode && name !== undefined) {
    c.add('awarding-body', { kind: 'organisation', role: 'parent-org', name, identifiers: identifier !== undefined ? [{ scheme: 'InstitutionIdentifier', value: identifier }] : [] }, nameNode, 'edubadges');
  }
}
