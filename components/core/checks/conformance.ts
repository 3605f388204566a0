/**
 * `conformance`: the document has the shape the data model requires (VCDM 2.0 §4, VCDM 1.1 §4,
 * Open Badges 3.0 §B data model) — types, issuer, subject, identifiers, dates, status entries.
 * Shape problems of an Open Badge that do not touch what it claims are warnings.
 */
import { parseDate, validityOf, type DateRules } from '../parse/dates.ts';
import { problem, quote, type Problem } from '../problems.ts';

import { passed, subjectOf, type Check } from './check.ts';
import { asArray, isAbsoluteUrl, isObject, typeList } from '../parse/json.ts';

const OPEN_BADGE_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];

export const conformance: Check = {
  id: 'conformance',
  requires: ['parse'],
  run(ctx) {
    const subject = subjectOf(ctx);
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    if (subject.kind === 'presentation') {
      checkPresentation(subject.document, problems);
    } else {
      checkCredential(subject.document, subject.dataModel, problems);
      if (typeList(subject.document.type).some((type) => OPEN_BADGE_TYPES.includes(type))) {
        checkOpenBadge(subject.document, problems, warnings);
      }
    }
    return problems.length > 0 ? { status: 'failed', problems, warnings } : passed({ warnings });
  },
};

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

  const { validFrom, validUntil } = validityOf(document);
  if (dataModel === 1 && document.issuanceDate === undefined) {
    problems.push(problem('PROPERTY_MISSING', 'issuanceDate is missing (required by VC 1.1)'));
  }
  const from = validFrom && checkDate(validFrom.property, validFrom.value, dataModel, problems);
  const until = validUntil && checkDate(validUntil.property, validUntil.value, dataModel, problems);
  if (typeof from === 'number' && typeof until === 'number' && until < from) {
    problems.push(problem('VALIDITY_RANGE_INVERTED', `${validUntil!.property} ${quote(validUntil!.value)} is before ${validFrom!.property} ${quote(validFrom!.value)}`));
  }

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
    if (!isObject(entry)) problems.push(problem('PROPERTY_WRONG_TYPE', `verifiableCredential[${i}] is ${quote(entry)}, not an object`));
  }
}

/** Open Badges 3.0: the types that give the claims their meaning must be the right ones. */
function checkOpenBadge(document: Record<string, unknown>, problems: Problem[], warnings: Problem[]): void {
  if (isObject(document.issuer)) requireType(document.issuer.type, 'issuer.type', 'Profile', problems);
  const subject = document.credentialSubject;
  if (!isObject(subject)) return;
  requireType(subject.type, 'credentialSubject.type', 'AchievementSubject', problems);
  const achievement = subject.achievement;
  if (!isObject(achievement)) {
    problems.push(problem('PROPERTY_MISSING', 'credentialSubject.achievement is missing'));
  } else {
    requireType(achievement.type, 'credentialSubject.achievement.type', 'Achievement', problems);
    if (achievement.name === undefined) problems.push(problem('PROPERTY_MISSING', 'credentialSubject.achievement.name is missing'));
    for (const property of ['id', 'description', 'criteria']) {
      if (achievement[property] === undefined) {
        warnings.push(problem('PROPERTY_MISSING', `credentialSubject.achievement.${property} is missing (required by the Open Badges 3.0 schema)`));
      }
    }
  }
  for (const [i, entry] of asArray(document.evidence).entries()) {
    if (isObject(entry)) requireType(entry.type, `evidence[${i}].type`, 'Evidence', problems);
  }
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

function checkDate(property: string, value: unknown, dataModel: DateRules, problems: Problem[]): number | null {
  const ms = parseDate(value, dataModel);
  if (ms === null) problems.push(problem('DATE_MALFORMED', `${property} is ${quote(value)}, not a ${dataModel === 1 ? 'date and time' : 'dateTimeStamp with a time zone'}`));
  return ms;
}
