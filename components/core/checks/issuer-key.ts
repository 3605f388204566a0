/**
 * `issuer-key`: a valid signature says nothing about who signed. At least one verified proof
 * must use a key whose controller is the issuer (the holder, for a presentation) and which the
 * controller document authorises for the proof's purpose (VC Data Integrity §4.4 "Verification
 * Method Binding" and "Verification Relationship Validation"). A key that was revoked or had
 * expired when it signed does not count; a key taken only from a token header counts only when
 * the issuer publishes it. Open Badges 2.0 has its own rules: the hosted copy must lie in the
 * issuer's verification scope, the signing key must be listed by the issuer's profile.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { parseDate, type DateRules } from '../parse/dates.ts';
import { asArray, isAbsoluteUrl, isObject } from '../parse/json.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { publicJwkOf, sameJwk } from '../resolve/public-key.ts';
import { resolveController } from '../resolve/verification-method.ts';
import { fetchIssuerJwks } from '../suites/jwks.ts';
import { checkSealOwner } from '../suites/edc-seal.ts';
import { checkHostedScope } from '../suites/ob2-hosted.ts';
import { checkKeyOwnership } from '../suites/ob2-signed.ts';
import { errored, failed, passed, subjectOf, type Check, type CheckContext, type CheckOutcome, type VerifiedProof } from './check.ts';

export const issuerKey: Check = {
  id: 'issuer-key',
  requires: ['proof'],
  run(ctx) {
    const subject = subjectOf(ctx);
    switch (subject.securing.type) {
      case 'ob2-hosted':
        return checkHostedScope(ctx, subject);
      case 'ob2-signed':
        return checkKeyOwnership(ctx);
      case 'jades':
        return checkSealOwner(ctx, subject);
      default:
        return bindToController(ctx);
    }
  },
};

async function bindToController(ctx: CheckContext): Promise<CheckOutcome> {
  const subject = subjectOf(ctx);
  const proofs = ctx.facts.verifiedProofs ?? [];
  const presentation = subject.kind === 'presentation';
  const party = presentation ? subject.document.holder : subject.document.issuer;
  const partyId = isObject(party) ? party.id : party;
  const role = presentation ? 'holder' : 'issuer';
  if (presentation && partyId === undefined) return passed();
  if (typeof partyId !== 'string') return failed(problem('PROPERTY_MISSING', `the ${role} has no id to bind the key to`));

  const problems: Problem[] = [];
  for (const verified of proofs) {
    if (verified.keySource === 'token-header') {
      const published = await publishedBy(partyId, verified, ctx.env.documents);
      if (published === true) return passed();
      return published.definitive ? failed(published.problem) : errored(published.problem);
    }
    const reason = bindingProblem(verified, partyId, role, subject.dataModel);
    if (!reason) {
      const strangers = presentation ? await subjectsOtherThan(partyId, ctx) : [];
      if (strangers.length > 0) {
        return errored(problem('HOLDER_NOT_SUBJECT', `the holder ${quote(partyId)} presents credentials about ${strangers.map((s) => quote(s)).join(', ')}, so the presentation does not show they are theirs`));
      }
      return passed({ facts: { issuerDocument: verified.controller } });
    }
    problems.push(reason);
  }
  if (presentation) problems.unshift(problem('HOLDER_KEY_MISMATCH', `no proof was made with a key of the holder ${quote(partyId)}`));
  return failed(...problems);
}

function bindingProblem(verified: VerifiedProof, partyId: string, role: string, dates: DateRules): Problem | null {
  const { method, controller, proof } = verified;
  const relationship = proof.proofPurpose === 'authentication' ? 'authentication' : 'assertionMethod';
  if (method.controller !== partyId || controller.id !== partyId) {
    return problem(
      'KEY_NOT_ISSUERS',
      `the key ${quote(method.id)} is controlled by ${quote(method.controller || controller.id)}, not by the ${role} ${quote(partyId)}`,
    );
  }
  if (!controller.relationships[relationship].includes(method.id)) {
    return problem('KEY_NOT_AUTHORISED', `${quote(partyId)} does not list ${quote(method.id)} under ${relationship}`);
  }
  const signedAt = parseDate(proof.created, dates);
  for (const property of ['revoked', 'expires'] as const) {
    const at = parseDate(method[property], dates);
    if (method[property] !== undefined && (at === null || signedAt === null || at <= signedAt)) {
      return problem('KEY_REVOKED', `the key ${quote(method.id)} is marked ${property} ${quote(method[property])}, and the proof was created ${quote(proof.created)}`);
    }
  }
  return null;
}

/** The subjects, other than the holder, of the credentials a presentation carries. */
async function subjectsOtherThan(holder: string, ctx: CheckContext): Promise<string[]> {
  const others = new Set<string>();
  for (const child of asArray(subjectOf(ctx).document.verifiableCredential)) {
    const parsed = await ctx.env.parse(child);
    if (!parsed.ok) continue;
    for (const subject of asArray(parsed.subject.document.credentialSubject)) {
      if (isObject(subject) && isAbsoluteUrl(subject.id) && subject.id !== holder) others.add(subject.id);
    }
  }
  return [...others];
}

/**
 * A key that came only with the token (a `jwk` header) is the issuer's only if the issuer also
 * publishes it: in its DID document, or in the JWK Set at its origin.
 */
async function publishedBy(partyId: string, verified: VerifiedProof, documents: DocumentSource): Promise<true | { problem: Problem; definitive: boolean }> {
  const headerKey = verified.method.publicKeyJwk;
  const published = partyId.startsWith('did:') ? await resolveController(partyId, documents)
    : /^https:\/\//i.test(partyId) ? await fetchIssuerJwks(partyId, documents)
    : problem('VERIFICATION_METHOD_UNRESOLVABLE', `${quote(partyId)} cannot publish keys`);
  const notPublished = (why: string) => problem('KEY_NOT_PUBLISHED', `the signature verifies with the key in the token header, but ${why}: anyone could have made this token`);
  // Unreachable keys leave the question open; keys that were read and lack this one answer it.
  if ('code' in published) return { problem: notPublished(`the issuer's keys could not be checked (${published.detail})`), definitive: false };
  for (const method of published.methods.filter((m) => published.relationships.assertionMethod.includes(m.id))) {
    const jwk = await publicJwkOf(method);
    if (headerKey && !('code' in jwk) && sameJwk(jwk, headerKey)) return true;
  }
  return { problem: notPublished(`${quote(partyId)} does not publish that key`), definitive: true };
}
