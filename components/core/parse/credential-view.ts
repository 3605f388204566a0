/**
 * The display view of a verified credential: VC 1.1 and 2.0 names normalised (issuanceDate →
 * validFrom, expirationDate → validUntil), Open Badges 3.0 achievement, alignments, evidence and
 * results picked out. Built only after the proof passed, from the document the proof covered.
 */
import type { AchievementView, AlignmentView, CredentialView, EvidenceView, IssuerView, ResultView, SubjectView, Text, TrustVouch } from '../report.ts';

import { validityOf } from './dates.ts';
import { isObject, typeList } from './json.ts';

type Json = Record<string, unknown>;

export function toCredentialView(document: Json, trustedBy?: TrustVouch): CredentialView {
  const subject = firstObject(document.credentialSubject);
  const achievement = subject && firstObject(subject.achievement);
  const { validFrom, validUntil } = validityOf(document);
  const view: CredentialView = {
    types: typeList(document.type),
    issuer: issuerView(document.issuer, trustedBy),
    subject: subjectView(subject),
    alignments: objects(achievement?.alignment).map(alignmentView),
    evidence: objects(document.evidence).map(evidenceView),
    results: objects(subject?.result).map(resultView),
  };
  assign(view, 'id', str(document.id));
  assign(view, 'name', text(document.name) ?? (achievement && text(achievement.name)));
  assign(view, 'description', text(document.description) ?? (achievement && text(achievement.description)));
  assign(view, 'image', imageUrl(document.image) ?? (achievement && imageUrl(achievement.image)));
  if (achievement) view.achievement = achievementView(achievement);
  assign(view, 'validFrom', str(validFrom?.value));
  assign(view, 'validUntil', str(validUntil?.value));
  assign(view, 'awardedDate', str(document.awardedDate));
  return view;
}

function issuerView(issuer: unknown, trustedBy: TrustVouch | undefined): IssuerView {
  const source = isObject(issuer) ? issuer : {};
  const view: IssuerView = { id: String(isObject(issuer) ? issuer.id : issuer) };
  assign(view, 'name', text(source.name));
  assign(view, 'url', str(source.url));
  assign(view, 'image', imageUrl(source.image));
  assign(view, 'description', text(source.description));
  assign(view, 'email', str(source.email));
  if (trustedBy) view.trustedBy = trustedBy;
  return view;
}

function subjectView(subject: Json | undefined): SubjectView {
  const view: SubjectView = { identifiers: [] };
  if (!subject) return view;
  assign(view, 'id', str(subject.id));
  assign(view, 'name', text(subject.name));
  for (const entry of objects(subject.identifier)) {
    if (typeof entry.identityHash !== 'string') continue;
    view.identifiers.push({ type: str(entry.identityType) ?? 'identifier', hashed: entry.hashed === true, value: entry.identityHash });
  }
  return view;
}

function achievementView(achievement: Json): AchievementView {
  const view: AchievementView = { tags: (Array.isArray(achievement.tag) ? achievement.tag : [achievement.tag]).filter((t): t is string => typeof t === 'string') };
  assign(view, 'id', str(achievement.id));
  assign(view, 'type', typeList(achievement.type).join(' ') || undefined);
  assign(view, 'name', text(achievement.name));
  assign(view, 'description', text(achievement.description));
  const criteria = firstObject(achievement.criteria);
  if (criteria) {
    const c: AchievementView['criteria'] = {};
    assign(c, 'id', str(criteria.id));
    assign(c, 'narrative', text(criteria.narrative));
    view.criteria = c;
  }
  assign(view, 'image', imageUrl(achievement.image));
  const credits = Number(achievement.creditsAvailable);
  if (achievement.creditsAvailable !== undefined && Number.isFinite(credits)) view.creditsAvailable = credits;
  assign(view, 'fieldOfStudy', text(achievement.fieldOfStudy));
  assign(view, 'specialization', text(achievement.specialization));
  assign(view, 'humanCode', str(achievement.humanCode));
  assign(view, 'achievementType', str(achievement.achievementType));
  const creator = firstObject(achievement.creator);
  if (creator) {
    const c: NonNullable<AchievementView['creator']> = {};
    assign(c, 'id', str(creator.id));
    assign(c, 'name', text(creator.name));
    view.creator = c;
  }
  return view;
}

export function alignmentView(alignment: Json): AlignmentView {
  const view: AlignmentView = {};
  assign(view, 'name', text(alignment.targetName));
  assign(view, 'url', str(alignment.targetUrl));
  assign(view, 'code', str(alignment.targetCode));
  assign(view, 'framework', str(alignment.targetFramework));
  assign(view, 'type', str(alignment.targetType));
  assign(view, 'description', text(alignment.targetDescription));
  return view;
}

export function evidenceView(evidence: Json): EvidenceView {
  const view: EvidenceView = {};
  assign(view, 'id', str(evidence.id));
  assign(view, 'name', text(evidence.name));
  assign(view, 'description', text(evidence.description));
  assign(view, 'narrative', text(evidence.narrative));
  assign(view, 'genre', str(evidence.genre));
  return view;
}

function resultView(result: Json): ResultView {
  const view: ResultView = {};
  assign(view, 'value', str(result.value));
  assign(view, 'status', str(result.status));
  assign(view, 'achievedLevel', str(result.achievedLevel));
  assign(view, 'resultDescription', str(result.resultDescription));
  return view;
}

/**
 * A text value as stated: a string; a JSON-LD value object or array of them
 * (`{"@value", "@language"}`); or a language map (`{"en": "...", "de": "..."}`).
 */
export function text(value: unknown): Text | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const entries = Array.isArray(value) ? value : [value];
  const map: Record<string, string> = {};
  for (const entry of entries) {
    if (typeof entry === 'string') map[''] ??= entry;
    else if (isObject(entry) && typeof entry['@value'] === 'string') map[typeof entry['@language'] === 'string' ? entry['@language'] : ''] ??= entry['@value'];
    else if (isObject(entry)) {
      for (const [language, content] of Object.entries(entry)) {
        if (typeof content === 'string' && /^[a-z]{2,3}(-[a-z0-9-]+)?$/i.test(language)) map[language] ??= content;
      }
    }
  }
  const keys = Object.keys(map);
  if (keys.length === 0) return undefined;
  return keys.length === 1 && keys[0] === '' ? map['']! : map;
}

export function imageUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObject(value) ? str(value.id) : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function objects(value: unknown): Json[] {
  return (Array.isArray(value) ? value : [value]).filter(isObject);
}

function firstObject(value: unknown): Json | undefined {
  return objects(value)[0];
}

/** Sets an optional property only when there is a value, keeping the report free of `undefined`. */
export function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
