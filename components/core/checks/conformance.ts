/**
 * `conformance`: the document has the shape the data model requires (VCDM 2.0 §4, VCDM 1.1 §4,
 * Open Badges 3.0 §B data model) — types, issuer, subject, identifiers, dates, status entries.
 * Shape problems of an Open Badge that do not touch what it claims are warnings.
 */
import { parseDate, validityOf, type DateRules } from '../parse/dates.ts';
import { problem, quote, type Problem } from '../problems.ts';

import type { DocumentSource } from '../fetch/documents.ts';
import { passed, subjectOf, type Check } from './check.ts';
import { asArray, isAbsoluteUrl, isObject, typeList } from '../parse/json.ts';
import { loadOnce } from '../lazy.ts';

const loadJsonSchema = loadOnce(() => import('../parse/json-schema.ts'));

const OPEN_BADGE_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];

export const conformance: Check = {
  id: 'conformance',
  requires: ['parse'],
  async run(ctx) {
    const subject = subjectOf(ctx);
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    if (subject.family === 'ob2') {
      checkOpenBadges2Assertion(subject.document, problems);
    } else if (subject.kind === 'presentation') {
      checkPresentation(subject.document, problems);
    } else {
      checkCredential(subject.document, subject.dataModel, problems);
      if (typeList(subject.document.type).some((type) => OPEN_BADGE_TYPES.includes(type))) {
        checkOpenBadge(subject.document, problems, warnings);
      }
    }
    if (subject.family === 'vc') await checkDeclaredSchemas(subject.document, ctx.env.documents, problems, warnings);
    return problems.length > 0 ? { status: 'failed', problems, warnings } : passed({ warnings });
  },
};

const JSON_SCHEMA_TYPES = new Set(['JsonSchema', 'JsonSchema2023', 'JsonSchemaValidator2018', '1EdTechJsonSchemaValidator2019']);
/** Properties that only a schema of the whole credential would describe. */
const CREDENTIAL_PROPERTIES = ['@context', 'type', 'issuer', 'credentialSubject', 'proof'];

/**
 * credentialSchema (VC JSON Schema §2): the credential must match the schemas it declares. A
 * schema is only ever taken from the supplied documents: fetching a URL an unverified credential
 * names would let it direct the verifier (research: TWDIW #30), so an unavailable schema is a
 * warning. A schema that does not describe the credential's own properties describes its subject,
 * as Blockcerts uses it (cert-verifier-js checkCredentialSchemaConformity).
 */
async function checkDeclaredSchemas(document: Record<string, unknown>, documents: DocumentSource, problems: Problem[], warnings: Problem[]): Promise<void> {
  for (const entry of asArray(document.credentialSchema)) {
    if (!isObject(entry) || typeof entry.id !== 'string' || !typeList(entry.type).some((type) => JSON_SCHEMA_TYPES.has(type))) continue;
    const schema = documents.preloaded(entry.id);
    if (!isObject(schema)) {
      warnings.push(problem('SCHEMA_UNAVAILABLE', `credentialSchema ${quote(entry.id)} was not supplied, so the credential was not checked against it`));
      continue;
    }
    const { schemaViolationProblem, validateJsonSchema } = await loadJsonSchema();
    const describesCredential = isObject(schema.properties) && CREDENTIAL_PROPERTIES.some((property) => property in (schema.properties as object));
    const targets = describesCredential
      ? [{ instance: document, rootPath: '' }]
      : asArray(document.credentialSubject).map((instance, i, all) => ({ instance, rootPath: all.length > 1 ? `credentialSubject[${i}]` : 'credentialSubject' }));
    for (const { instance, rootPath } of targets) {
      const outcome = validateJsonSchema(instance, schema, { schemaId: entry.id, rootPath });
      problems.push(...outcome.violations.map(schemaViolationProblem));
      warnings.push(...outcome.notEvaluated.map((skipped) => problem('SCHEMA_NOT_EVALUATED', skipped.detail)));
    }
  }
}

function checkCredential(document: Record<string, unknown>, dataModel: 1 | 2 | null, problems: Problem[]): void {
  requireType(document.type, 'type', 'VerifiableCredential', problems);
  checkId(document.id, 'id', problems);
  const issuer = document.issuer;
  if (issuer === undefined) problems.push(problem('PROPERTY_MISSING', 'issuer is missing'));
  else if (typeof issuer === 'string') checkUrl(issuer, 'issuer', problems);
  else if (isObject(issuer)) {
    if (issuer.id === undefined) problems.push(problem('PROPERTY_MISSING', 'issuer.id is missing'));
    else checkUrl(issuer.id, 'issuer.id', problems);
  } else problems.push(problem('PROPERTY_WRONG_TYPE', `issuer is ${quote(issuer)}, not a URL or an object with an id`));

  const subjects = document.credentialSubject;
  if (subjects === undefined) problems.push(problem('PROPERTY_MISSING', 'credentialSubject is missing'));
  else {
    for (const [i, entry] of asArray(subjects).entries()) {
      const where = Array.isArray(subjects) ? `credentialSubject[${i}]` : 'credentialSubject';
      if (!isObject(entry)) problems.push(problem('PROPERTY_WRONG_TYPE', `${where} is ${quote(entry)}, not an object`));
      else if (Object.keys(entry).length === 0) problems.push(problem('SUBJECT_NO_CLAIMS', `${where} is empty`));
      else checkId(entry.id, `${where}.id`, problems);
    }
  }

  if (dataModel === 1 && document.issuanceDate === undefined) {
    problems.push(problem('PROPERTY_MISSING', 'issuanceDate is missing (required by VC 1.1)'));
  }
  checkDateRange(document, dataModel, problems);

  for (const [i, entry] of asArray(document.credentialStatus).entries()) {
    const where = Array.isArray(document.credentialStatus) ? `credentialStatus[${i}]` : 'credentialStatus';
    if (!isObject(entry)) problems.push(problem('STATUS_ENTRY_MALFORMED', `${where} is ${quote(entry)}, not an object`));
    else {
      if (typeList(entry.type).length === 0) problems.push(problem('STATUS_ENTRY_MALFORMED', `${where}.type is missing`));
      checkId(entry.id, `${where}.id`, problems);
    }
  }
  for (const [i, entry] of asArray(document.credentialSchema).entries()) {
    if (!isObject(entry) || typeof entry.id !== 'string' || typeList(entry.type).length === 0) {
      problems.push(problem('PROPERTY_WRONG_TYPE', `credentialSchema[${i}] needs an id and a type`));
    }
  }
}

function checkPresentation(document: Record<string, unknown>, problems: Problem[]): void {
  requireType(document.type, 'type', 'VerifiablePresentation', problems);
  checkId(document.id, 'id', problems);
  const holder = isObject(document.holder) ? document.holder.id : document.holder;
  if (holder !== undefined) checkUrl(holder, isObject(document.holder) ? 'holder.id' : 'holder', problems);
  for (const [i, entry] of asArray(document.verifiableCredential).entries()) {
    if (!isObject(entry) && typeof entry !== 'string') {
      problems.push(problem('PROPERTY_WRONG_TYPE', `verifiableCredential[${i}] is ${quote(entry)}, neither a credential object nor a JWT`));
    }
  }
}

/**
 * Open Badges 3.0: a type that is stated must be the right one, since it gives the claims their
 * meaning; a type that is merely missing (common in early OB 3.0 credentials) is a warning.
 */
function checkOpenBadge(document: Record<string, unknown>, problems: Problem[], warnings: Problem[]): void {
  const expectType = (value: unknown, where: string, required: string) =>
    requireType(value, where, required, value === undefined ? warnings : problems);
  if (isObject(document.issuer)) expectType(document.issuer.type, 'issuer.type', 'Profile');
  const subject = document.credentialSubject;
  if (!isObject(subject)) return;
  expectType(subject.type, 'credentialSubject.type', 'AchievementSubject');
  const achievement = subject.achievement;
  if (!isObject(achievement)) {
    problems.push(problem('PROPERTY_MISSING', 'credentialSubject.achievement is missing'));
  } else {
    expectType(achievement.type, 'credentialSubject.achievement.type', 'Achievement');
    if (achievement.name === undefined) problems.push(problem('PROPERTY_MISSING', 'credentialSubject.achievement.name is missing'));
    for (const property of ['id', 'description', 'criteria']) {
      if (achievement[property] === undefined) {
        warnings.push(problem('PROPERTY_MISSING', `credentialSubject.achievement.${property} is missing (required by the Open Badges 3.0 schema)`));
      }
    }
  }
  for (const [i, entry] of asArray(document.evidence).entries()) {
    if (isObject(entry)) expectType(entry.type, `evidence[${i}].type`, 'Evidence');
  }
}

/** Open Badges 2.0 §Assertion: the properties verification relies on, and consistent dates. */
function checkOpenBadges2Assertion(document: Record<string, unknown>, problems: Problem[]): void {
  requireType(document.type, 'type', 'Assertion', problems);
  checkId(document.id, 'id', problems);
  const recipient = document.recipient;
  if (!isObject(recipient) || typeof recipient.identity !== 'string' || typeof recipient.type !== 'string') {
    problems.push(problem('PROPERTY_MISSING', `recipient ${quote(recipient)} needs a type and an identity`));
  }
  if (document.badge === undefined) problems.push(problem('PROPERTY_MISSING', 'badge is missing'));
  if (!isObject(document.verification)) problems.push(problem('PROPERTY_MISSING', 'verification is missing'));
  if (typeof document.image === 'string' && document.image.startsWith('data:')) {
    problems.push(problem('PROPERTY_WRONG_TYPE', 'image is a data: URI; an assertion image must be the URL of the baked badge image'));
  }
  if (document.issuedOn === undefined) problems.push(problem('PROPERTY_MISSING', 'issuedOn is missing'));
  checkDateRange(document, 'ob2', problems);
}

function requireType(value: unknown, where: string, required: string, problems: Problem[]): void {
  if (!typeList(value).includes(required)) {
    problems.push(problem('TYPE_MISSING', `${where} is ${quote(value)}; it must include ${quote(required)}`));
  }
}

function checkId(value: unknown, where: string, problems: Problem[]): void {
  if (value !== undefined) checkUrl(value, where, problems);
}

function checkUrl(value: unknown, where: string, problems: Problem[]): void {
  if (!isAbsoluteUrl(value)) {
    problems.push(problem('ID_NOT_URL', `${where} is ${quote(value)}, not a URL`));
  }
}

/** The validity dates are well-formed and the window does not end before it starts. */
function checkDateRange(document: Record<string, unknown>, rules: DateRules, problems: Problem[]): void {
  const { validFrom, validUntil } = validityOf(document);
  const from = validFrom && checkDate(validFrom.property, validFrom.value, rules, problems);
  const until = validUntil && checkDate(validUntil.property, validUntil.value, rules, problems);
  if (typeof from === 'number' && typeof until === 'number' && until < from) {
    problems.push(problem('VALIDITY_RANGE_INVERTED', `${validUntil!.property} ${quote(validUntil!.value)} is before ${validFrom!.property} ${quote(validFrom!.value)}`));
  }
}

function checkDate(property: string, value: unknown, rules: DateRules, problems: Problem[]): number | null {
  const ms = parseDate(value, rules);
  if (ms === null) problems.push(problem('DATE_MALFORMED', `${property} is ${quote(value)}, not a ${rules === 2 || rules === null ? 'dateTimeStamp with a time zone' : 'date and time'}`));
  return ms;
}
