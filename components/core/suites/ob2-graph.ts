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
  if (!badgeClass.ok) return badgeClass.problem;
  const issuer = await retrieve(badgeClass.document.issuer, 'badge.issuer', documents);
  if (!issuer.ok) return issuer.problem;
  return { badgeClass: badgeClass.document, issuer: issuer.document };
}

// A problem is an object too, so the outcome says which it is: a badge that could not be
// retrieved must not be read as a BadgeClass (or issuer Profile) without an id.
type Retrieved = { ok: true; document: JsonObject } | { ok: false; problem: Problem };

async function retrieve(value: unknown, property: string, documents: DocumentSource): Promise<Retrieved> {
  const { id, embedded } = ob2Reference(value);
  if (embedded && (id === undefined || Object.keys(embedded).length > 2)) return { ok: true, document: embedded };
  if (!id) return { ok: false, problem: problem('BADGE_UNRESOLVABLE', `${property} is ${quote(value)}, neither an object nor a URL`) };
  const fetched = await documents.json(id);
  if (!fetched.ok) return { ok: false, problem: problem('BADGE_UNRESOLVABLE', `${property} ${quote(id)} could not be retrieved: ${fetched.problem.detail}`) };
  if (!isObject(fetched.document)) return { ok: false, problem: problem('BADGE_UNRESOLVABLE', `${property} ${quote(id)} is not a JSON object`) };
  return { ok: true, document: fetched.document };
}

/** The ids an issuer Profile lists in `publicKey` (strings or embedded CryptographicKeys). */
export function publicKeyIds(issuer: JsonObject): string[] {
  const keys = Array.isArray(issuer.publicKey) ? issuer.publicKey : [issuer.publicKey];
  return keys.map((key) => (typeof key === 'string' ? key : isObject(key) && typeof key.id === 'string' ? key.id : null)).filter((id): id is string => id !== null);
}
