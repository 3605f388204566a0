/**
 * Europass Digital Credentials sealed with JAdES (eu-edc.md §1.1, §3): the seal must verify over
 * the exact payload bytes and its certificate must lead to an EU trust anchor the caller trusts;
 * a seal that verifies but leads to no trusted anchor (a test seal, a self-signed one) cannot show
 * who sealed it. The X.509 and time-stamp code is loaded only when an EDC is checked.
 */
import { errored, failed, passed, type CheckContext, type CheckOutcome } from '../checks/check.ts';
import { isObject } from '../parse/json.ts';
import type { ParsedSubject } from '../parse/parse-input.ts';
import { problem, quote } from '../problems.ts';
import { loadOnce } from '../lazy.ts';

const loadJades = loadOnce(() => import('./jades.ts'));
const loadEidas = loadOnce(() => import('./jades-eidas.ts'));

export async function verifyEdcSeal(ctx: CheckContext, subject: ParsedSubject, sealed: unknown): Promise<CheckOutcome> {
  const { verifyJadesSeal } = await loadJades();
  const result = await verifyJadesSeal(sealed, { now: new Date(ctx.env.now), trustAnchors: ctx.env.euTrustAnchors });
  const outcome = { problems: result.problems, warnings: result.warnings };
  switch (result.status) {
    case 'malformed':
    case 'invalid':
      return { status: 'failed', ...outcome };
    case 'unsupported':
    case 'untrusted':
      return { status: 'error', ...outcome };
    case 'trusted': {
      const signer = result.signer;
      return passed({
        facts: {
          verifiedDocument: subject.document,
          seal: {
            ...(signer?.organisationIdentifier ? { organisationIdentifier: signer.organisationIdentifier } : {}),
            ...(signer?.organisation ? { organisation: signer.organisation } : {}),
          },
        },
        // Online CRL/OCSP checking is not built; say so rather than imply the certificate is in good standing.
        warnings: [
          ...result.warnings,
          problem(
            'SEAL_REVOCATION_UNCHECKED',
            `the seal certificate's revocation was not checked (the seal carries ${result.revocation.crls} CRLs and ${result.revocation.ocspResponses} OCSP responses, not evaluated)`,
          ),
        ],
      });
    }
  }
}

/**
 * The seal must be the issuer's: the issuer's eIDAS identifier names the organisation the seal
 * certificate was issued to (ETSI EN 319 412-1 organizationIdentifier, prefixes normalised).
 */
export async function checkSealOwner(ctx: CheckContext, subject: ParsedSubject): Promise<CheckOutcome> {
  const { compareEidasIdentifier } = await loadEidas();
  const issuer = isObject(subject.document.issuer) ? subject.document.issuer : {};
  const eidas = isObject(issuer.eIDASIdentifier) ? issuer.eIDASIdentifier.notation : issuer.eIDASIdentifier;
  const notation = typeof eidas === 'string' ? eidas : undefined;
  const sealed = ctx.facts.seal?.organisationIdentifier;
  const comparison = compareEidasIdentifier(notation, sealed);
  if (comparison.match === 'exact' || comparison.match === 'normalised') return passed();
  if (comparison.match === 'missing') {
    return errored(problem('SEAL_OWNER_MISMATCH', `the issuer's eIDAS identifier ${quote(notation)} or the seal's organisation identifier ${quote(sealed)} is missing, so the seal cannot be tied to the issuer`));
  }
  return failed(problem('SEAL_OWNER_MISMATCH', `the seal was issued to ${quote(sealed)}, but the issuer's eIDAS identifier is ${quote(notation)}`));
}
