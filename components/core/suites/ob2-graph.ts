/**
 * The objects an Open Badges 2.0 assertion links to: its BadgeClass and the BadgeClass's issuer
 * Profile, embedded or retrieved by id (OB 2.0 §Verification, "linked data").
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { isObject } from '../parse/json.ts';
import { ob2Reference } from '../parse/ob2.ts';
import { problem, quote, type Problem } from '../problems.ts';
import type { JsonObject } from './canonize.ts';

export interface Ob2Graph {
  badgeClass: JsonObject;
  issuer: JsonObject;
}

export async function followBadge(assertion: JsonObject, documents: DocumentSource): Promise<Ob2Graph | Problem> {
  const badgeClass = await retrieve(assertion.badge, 'badge', documents);
  if (!isObject(badgeClass)) return badgeClass;
  const issuer = await retrieve(badgeClass.issuer, 'badge.issuer', documents);
  if (!isObject(issuer)) return issuer;
  return { badgeClass, issuer };
}

async function retrieve(value: unknown, property: string, documents: DocumentSource): Promise<JsonObject | Problem> {
  const { id, embedded } = ob2Reference(value);
  if (embedded && (id === undefined || Object.keys(embedded).length > 2)) return embedded;
  if (!id) return problem('BADGE_UNRESOLVABLE', `${property} is ${quote(value)}, neither an object nor a URL`);
  const fetched = await documents.json(id);
  if (!fetched.ok) return problem('BADGE_UNRESOLVABLE', `${property} ${quote(id)} could not be retrieved: ${fetched.problem.detail}`);
  if (!isObject(fetched.document)) return problem('BADGE_UNRESOLVABLE', `${property} ${quote(id)} is not a JSON object`);
  return fetched.document;
}

/** The ids an issuer Profile lists in `publicKey` (strings or embedded CryptographicKeys). */
export function publicKeyIds(issuer: JsonObject): string[] {
  const keys = Array.isArray(issuer.publicKey) ? issuer.publicKey : [issuer.publicKey];
  return keys.map((key) => (typeof key === 'string' ? key : isObject(key) && typeof key.id === 'string' ? key.id : null)).filter((id): id is string => id !== null);
}
