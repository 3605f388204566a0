/**
 * `issuer-key`: a valid signature says nothing about who signed. At least one verified proof
 * must use a key whose controller is the issuer (the holder, for a presentation) and which the
 * controller document authorises for the proof's purpose (VC Data Integrity §4.4 "Verification
 * Method Binding" and "Verification Relationship Validation"). A key that was revoked or had
 * expired when it signed does not count.
 */
import { parseDate, type DateRules } from '../parse/dates.ts';
import { problem, quote, type Problem } from '../problems.ts';

import { failed, passed, subjectOf, type Check, type VerifiedProof } from './check.ts';
import { isObject } from '../parse/json.ts';

export const issuerKey: Check = {
  id: 'issuer-key',
  requires: ['proof'],
  run(ctx) {
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
      const reason = bindingProblem(verified, partyId, role, subject.dataModel);
      if (!reason) return passed({ facts: { issuerDocument: verified.controller } });
      problems.push(reason);
    }
    if (presentation) problems.unshift(problem('HOLDER_KEY_MISMATCH', `no proof was made with a key of the holder ${quote(partyId)}`));
    return failed(...problems);
  },
};

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
