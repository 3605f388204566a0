/**
 * Revocation of Open Badges 2.0 assertions (OB 2.0 §"Revoking Hosted Assertions" and
 * §RevocationList): the issuer answers 410 Gone or serves the assertion with `revoked: true`
 * (hosted), or lists it in the RevocationList its Profile links to (signed).
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { isObject } from '../parse/json.ts';
import { problem, quote } from '../problems.ts';
import type { JsonObject } from '../suites/canonize.ts';
import type { StatusEntryOutcome } from './status-list.ts';

export interface Ob2RevocationInput {
  assertion: JsonObject | undefined;
  issuer: JsonObject | undefined;
  gone: boolean;
  signed: boolean;
  documents: DocumentSource;
}

export async function checkOb2Revocation({ assertion, issuer, gone, signed, documents }: Ob2RevocationInput): Promise<StatusEntryOutcome> {
  const outcome = (state: StatusEntryOutcome['state'], problems: StatusEntryOutcome['problems'] = []): StatusEntryOutcome => ({ state, purpose: 'revocation', problems, warnings: [] });
  if (gone) return outcome('set', [problem('CREDENTIAL_REVOKED', 'the issuer answers 410 Gone for the assertion')]);
  if (!assertion) return outcome('unknown', [problem('HOSTED_COPY_UNRETRIEVABLE', 'no assertion was retrieved')]);
  if (assertion.revoked === true) {
    const reason = typeof assertion.revocationReason === 'string' ? `: ${quote(assertion.revocationReason)}` : '';
    return outcome('set', [problem('CREDENTIAL_REVOKED', `the issuer's copy of the assertion is marked revoked${reason}`)]);
  }
  if (!signed) return outcome('clear');
  const listUrl = issuer?.revocationList;
  if (listUrl === undefined) return outcome('clear');
  if (typeof listUrl !== 'string') return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the issuer's revocationList ${quote(listUrl)} is not a URL`)]);
  const fetched = await documents.json(listUrl);
  if (!fetched.ok) return outcome('unknown', [problem('STATUS_LIST_UNREACHABLE', `the revocation list ${quote(listUrl)} could not be retrieved: ${fetched.problem.detail}`)]);
  const revoked = isObject(fetched.document) ? fetched.document.revokedAssertions : undefined;
  if (!Array.isArray(revoked)) return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `${quote(listUrl)} has no revokedAssertions list`)]);
  const ids = new Set([assertion.id, assertion.uid].filter((id): id is string => typeof id === 'string'));
  const entry = revoked.find((item: unknown) => (typeof item === 'string' ? ids.has(item) : isObject(item) && (ids.has(String(item.id)) || ids.has(String(item.uid)))));
  if (entry === undefined) return outcome('clear');
  const reason = isObject(entry) && typeof entry.revocationReason === 'string' ? `: ${quote(entry.revocationReason)}` : '';
  return outcome('set', [problem('CREDENTIAL_REVOKED', `the issuer's revocation list ${quote(listUrl)} names the assertion${reason}`)]);
}
