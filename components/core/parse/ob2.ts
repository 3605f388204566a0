/**
 * Open Badges 2.0 (1EdTech OB 2.0 §Assertion, §HostedBadge, §SignedBadge): recognising an
 * Assertion and reading the references it makes to its BadgeClass and issuer Profile.
 */
import type { JsonObject } from '../suites/canonize.ts';
import { isObject, typeList } from './json.ts';

export const OB2_CONTEXTS: ReadonlySet<string> = new Set(['https://w3id.org/openbadges/v2', 'https://openbadgespec.org/v2/context.json']);
const OB2_NAMESPACE = 'https://w3id.org/openbadges#';

/** An Open Badges Assertion: by type, or by the Open Badges context. */
export function isOb2Assertion(value: JsonObject): boolean {
  const types = typeList(value.type);
  if (types.includes('Assertion') || types.includes(`${OB2_NAMESPACE}Assertion`)) return true;
  const contexts = Array.isArray(value['@context']) ? value['@context'] : [value['@context']];
  return contexts.some((context) => typeof context === 'string' && (OB2_CONTEXTS.has(context) || context.startsWith('https://w3id.org/openbadges/'))) && 'recipient' in value;
}

export type Ob2VerificationType = 'hosted' | 'signed' | 'unknown';

/** §VerificationObject: `hosted`/`HostedBadge` or `signed`/`SignedBadge`. */
export function ob2VerificationType(assertion: JsonObject): Ob2VerificationType {
  const verification = isObject(assertion.verification) ? assertion.verification : isObject(assertion.verify) ? assertion.verify : undefined;
  const type = typeList(verification?.type)[0]?.replace(OB2_NAMESPACE, '');
  if (type === 'hosted' || type === 'HostedBadge') return 'hosted';
  if (type === 'signed' || type === 'SignedBadge') return 'signed';
  return 'unknown';
}

/** A linked object is either embedded or given by its id (a URL to retrieve). */
export function ob2Reference(value: unknown): { id?: string; embedded?: JsonObject } {
  if (typeof value === 'string') return { id: value };
  if (isObject(value)) return typeof value.id === 'string' ? { id: value.id, embedded: value } : { embedded: value };
  return {};
}
