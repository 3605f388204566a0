/**
 * The 1EdTech Revocation List status method (Open Badges 3.0 §"1EdTech Revocation List Status
 * Method"): an unsigned JSON list, at the URL the signed credential names, of revoked credential
 * ids. The credential is revoked when its id is listed and `revoked` is true or absent.
 */
import { problem, quote } from '../problems.ts';

import type { StatusEntryContext, StatusEntryOutcome } from './status-list.ts';
import { isObject } from '../parse/json.ts';

export const REVOCATION_LIST_ENTRY_TYPE = '1EdTechRevocationList';

export async function checkRevocationListEntry(entry: Record<string, unknown>, where: string, credentialId: unknown, context: StatusEntryContext): Promise<StatusEntryOutcome> {
  const outcome = (state: StatusEntryOutcome['state'], problems: StatusEntryOutcome['problems'] = []): StatusEntryOutcome => ({ state, purpose: 'revocation', problems, warnings: [] });
  if (typeof entry.id !== 'string') return outcome('malformed', [problem('STATUS_ENTRY_MALFORMED', `${where}.id is ${quote(entry.id)}, not the URL of a revocation list`)]);
  if (typeof credentialId !== 'string') {
    return outcome('unknown', [problem('STATUS_ENTRY_MALFORMED', 'the credential has no id, so a revocation list cannot name it')]);
  }
  const fetched = await context.env.documents.json(entry.id);
  if (!fetched.ok) return outcome('unknown', [problem('STATUS_LIST_UNREACHABLE', `the revocation list ${quote(entry.id)} could not be retrieved: ${fetched.problem.detail}`)]);
  const list = fetched.document;
  if (!isObject(list) || (list.revokedCredentials !== undefined && !Array.isArray(list.revokedCredentials))) {
    return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the revocation list ${quote(entry.id)} has no revokedCredentials array`)]);
  }
  const listIssuer = isObject(list.issuer) ? list.issuer.id : list.issuer;
  if (listIssuer !== undefined && listIssuer !== context.issuerId) {
    return outcome('unknown', [problem('STATUS_LIST_ISSUER_MISMATCH', `the revocation list ${quote(entry.id)} names issuer ${quote(listIssuer)}, not ${quote(context.issuerId)}`)]);
  }
  const revoked = (list.revokedCredentials ?? []).some(
    (item: unknown) => isObject(item) && item.id === credentialId && (item.revoked === undefined || item.revoked === true),
  );
  return revoked
    ? outcome('set', [problem('CREDENTIAL_REVOKED', `the revocation list ${quote(entry.id)} names the credential ${quote(credentialId)}`)])
    : outcome('clear');
}
