/**
 * Credentials and presentations secured as JWTs.
 *
 * - VC-JOSE-COSE (VC 2.0, `typ: vc+jwt` / `vp+jwt`): the payload *is* the credential; `vc` and
 *   `vp` claims must not appear (VC-JOSE-COSE §3.1.1).
 * - VC-JWT (VC 1.1 §6.3.1): the credential is the `vc` claim; registered claims stand for its
 *   properties: `iss` → issuer, `jti` → id, `sub` → credentialSubject.id, `nbf` → issuanceDate,
 *   `exp` → expirationDate. Where the `vc` claim states them too, the two must agree.
 */
import { problem, quote, type Problem } from '../problems.ts';
import type { JsonObject } from '../suites/canonize.ts';
import { isAbsoluteUrl, isObject, typeList } from './json.ts';
import type { CompactJws } from './jwt.ts';

export interface DecodedJwtCredential {
  kind: 'credential' | 'presentation';
  dataModel: 1 | 2;
  document: JsonObject;
  /** Disagreements between the registered claims and the embedded credential: never verified. */
  mismatches: Problem[];
}

export function decodeJwtCredential(jws: CompactJws): DecodedJwtCredential | null {
  const { header, payload } = jws;
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase() : '';
  if (typ === 'vc+jwt' || typ === 'vp+jwt' || '@context' in payload) {
    const types = typeList(payload.type);
    const kind = types.includes('VerifiablePresentation') ? 'presentation' : types.includes('VerifiableCredential') ? 'credential' : null;
    if (!kind) return null;
    const mismatches = ['vc', 'vp']
      .filter((claim) => claim in payload)
      .map((claim) => problem('PROPERTY_WRONG_TYPE', `the ${typ || 'JOSE'} payload carries a ${quote(claim)} claim, which VC-JOSE-COSE forbids`));
    const party = kind === 'credential' ? payload.issuer : payload.holder;
    const partyId = isObject(party) ? party.id : party;
    // Registered claims beside the credential must tell the same story as it does (research/security.md §6 C40):
    // a reader of the JWT alone would otherwise see another issuer, id or subject than the one shown.
    const subject = payload.credentialSubject;
    const disagreements: [string, string, unknown][] = [
      ['iss', kind === 'credential' ? 'issuer' : 'holder', partyId],
      ['jti', 'id', payload.id],
      ...(kind === 'credential' && isObject(subject) ? [['sub', 'credentialSubject.id', subject.id] as [string, string, unknown]] : []),
    ];
    for (const [claim, property, stated] of disagreements) {
      // iss always names the signer, so it must match even an issuer given without an id.
      if (payload[claim] !== undefined && (stated !== undefined || claim === 'iss') && payload[claim] !== stated) {
        mismatches.push(problem('PROPERTY_WRONG_TYPE', `JWT claim ${claim} ${quote(payload[claim])} disagrees with ${property} ${quote(stated)}`));
      }
    }
    return { kind, dataModel: 2, document: payload, mismatches };
  }
  if (isObject(payload.vc)) return fromRegisteredClaims('credential', payload.vc, payload);
  if (isObject(payload.vp)) return fromRegisteredClaims('presentation', payload.vp, payload);
  return null;
}

function fromRegisteredClaims(kind: 'credential' | 'presentation', inner: JsonObject, claims: JsonObject): DecodedJwtCredential {
  const document: JsonObject = structuredClone(inner);
  const mismatches: Problem[] = [];
  const agree = (claim: string, property: string, stated: unknown): boolean => {
    if (stated === undefined || stated === claims[claim]) return true;
    mismatches.push(problem('PROPERTY_WRONG_TYPE', `JWT claim ${claim} ${quote(claims[claim])} disagrees with ${property} ${quote(stated)}`));
    return false;
  };
  const party = kind === 'credential' ? 'issuer' : 'holder';
  if (typeof claims.iss === 'string') {
    const current = document[party];
    if (isObject(current)) {
      if (agree('iss', `${kind === 'credential' ? 'vc' : 'vp'}.${party}.id`, current.id)) document[party] = { ...current, id: claims.iss };
    } else if (agree('iss', `${kind === 'credential' ? 'vc' : 'vp'}.${party}`, current)) {
      document[party] = claims.iss;
    }
  }
  // A jti that is not a URL (a bare UUID is common) cannot be a credential id, so it stays a JWT detail.
  if (isAbsoluteUrl(claims.jti) && agree('jti', 'id', document.id)) document.id = claims.jti;
  if (kind === 'credential') {
    if (typeof claims.sub === 'string' && isObject(document.credentialSubject)) {
      const subject = document.credentialSubject;
      if (agree('sub', 'credentialSubject.id', subject.id)) document.credentialSubject = { ...subject, id: claims.sub };
    }
    const nbf = secondsToIso(claims.nbf);
    const stated = (value: unknown) => (typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : undefined);
    if (nbf && document.issuanceDate === undefined && document.validFrom === undefined) document.issuanceDate = nbf;
    else if (nbf && stated(document.issuanceDate ?? document.validFrom) !== claims.nbf) {
      mismatches.push(problem('PROPERTY_WRONG_TYPE', `JWT claim nbf ${quote(claims.nbf)} disagrees with issuanceDate ${quote(document.issuanceDate ?? document.validFrom)}`));
    }
    const exp = secondsToIso(claims.exp);
    if (exp && document.expirationDate === undefined && document.validUntil === undefined) document.expirationDate = exp;
    else if (exp && stated(document.expirationDate ?? document.validUntil) !== claims.exp) {
      mismatches.push(problem('PROPERTY_WRONG_TYPE', `JWT claim exp ${quote(claims.exp)} disagrees with expirationDate ${quote(document.expirationDate ?? document.validUntil)}`));
    }
  }
  return { kind, dataModel: 1, document, mismatches };
}

function secondsToIso(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
}
