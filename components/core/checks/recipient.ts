/**
 * `recipient`: when the viewer knows the recipient's email address or URL, compare it with the
 * identities the credential was issued to (Open Badges 3.0 §8.2 "Verify recipient identity":
 * `identityHash` is the value itself, or `sha256$` + hex of value‖salt when hashed).
 * A hash proves nothing on its own, so without a viewer-supplied identity this check is skipped.
 */
import { problem, quote } from '../problems.ts';

import { digest } from '../suites/data-integrity.ts';
import { failed, notApplicable, passed, subjectOf, verifiedDocumentOf, type Check } from './check.ts';
import { isObject } from '../parse/json.ts';

export const recipient: Check = {
  id: 'recipient',
  requires: ['proof'],
  async run(ctx) {
    const subject = subjectOf(ctx);
    const known = ctx.env.recipient?.trim();
    if (subject.kind === 'presentation') return notApplicable('presentations have no recipient');
    if (!known) return notApplicable('no recipient identity was supplied to compare');
    const document = verifiedDocumentOf(ctx);
    const stated = subject.family === 'ob2' ? ob2Identities(document.recipient) : identitiesOf(document.credentialSubject);
    if (stated.length === 0) {
      return { status: 'skipped', problems: [problem('RECIPIENT_NOT_STATED', 'credentialSubject states no identifier or id to compare with')] };
    }
    for (const identity of stated) {
      if (await matches(identity, known)) return passed();
    }
    return failed(problem('RECIPIENT_MISMATCH', `none of the ${stated.length} recipient identities in credentialSubject matches ${quote(known)}`));
  },
};

interface StatedIdentity {
  value: string;
  hashed: boolean;
  salt: string;
}

/** OB 2.0 §IdentityObject: `identity` is the value itself, or `sha256$`/`md5$` + hex when hashed. */
function ob2Identities(recipient: unknown): StatedIdentity[] {
  if (!isObject(recipient) || typeof recipient.identity !== 'string') return [];
  return [{ value: recipient.identity, hashed: recipient.hashed === true, salt: typeof recipient.salt === 'string' ? recipient.salt : '' }];
}

function identitiesOf(subjects: unknown): StatedIdentity[] {
  const found: StatedIdentity[] = [];
  for (const subject of Array.isArray(subjects) ? subjects : [subjects]) {
    if (!isObject(subject)) continue;
    if (typeof subject.id === 'string') found.push({ value: subject.id, hashed: false, salt: '' });
    const identifiers = Array.isArray(subject.identifier) ? subject.identifier : [subject.identifier];
    for (const entry of identifiers) {
      if (isObject(entry) && typeof entry.identityHash === 'string') {
        found.push({ value: entry.identityHash, hashed: entry.hashed === true, salt: typeof entry.salt === 'string' ? entry.salt : '' });
      }
    }
  }
  return found;
}

async function matches(identity: StatedIdentity, known: string): Promise<boolean> {
  const candidates = new Set([known, known.toLowerCase(), known.replace(/^mailto:/i, ''), `mailto:${known.replace(/^mailto:/i, '')}`]);
  if (!identity.hashed) return candidates.has(identity.value);
  const [algorithm, hex] = identity.value.split('$');
  if (algorithm?.toLowerCase() !== 'sha256' || !hex) return false;
  for (const candidate of candidates) {
    const hash = await digest('SHA-256', candidate + identity.salt);
    if (toHex(hash) === hex.toLowerCase()) return true;
  }
  return false;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
