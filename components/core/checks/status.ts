/**
 * `status`: the issuer has not revoked or suspended the credential. Each credentialStatus entry
 * is resolved by its status method; a list that cannot be retrieved, verified or tied to the
 * issuer leaves the status unknown, which is never reported as valid (Bitstring Status List §3.2).
 */
import { isObject, typeList } from '../parse/json.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { checkOb2Revocation } from '../resolve/ob2-revocation.ts';
import { checkRevocationListEntry, REVOCATION_LIST_ENTRY_TYPE } from '../resolve/revocation-list.ts';
import { checkStatusListEntry, STATUS_LIST_ENTRY_TYPES, type StatusEntryContext, type StatusEntryOutcome } from '../resolve/status-list.ts';
import type { JsonObject } from '../suites/canonize.ts';
import { errored, failed, issuerIdOf, notApplicable, passed, subjectOf, verifiedDocumentOf, type Check, type CheckContext } from './check.ts';

/** The most status entries checked on one credential (real ones carry one or two). */
const MAX_STATUS_ENTRIES = 16;

export const status: Check = {
  id: 'status',
  requires: ['proof', 'issuer-key'],
  async run(ctx) {
    const subject = subjectOf(ctx);
    if (subject.kind === 'presentation') return notApplicable('presentations have no status of their own');
    if (ctx.env.depth > 0) return notApplicable('the status of a status list credential is not followed');
    const document = verifiedDocumentOf(ctx);
    const outcomes = subject.family === 'ob2' ? [await checkOb2Revocation({
      assertion: ctx.facts.verifiedDocument,
      issuer: ctx.facts.ob2?.issuer,
      gone: ctx.facts.ob2?.gone === true,
      signed: subject.securing.type === 'ob2-signed',
      documents: ctx.env.documents,
    })] : await statusEntryOutcomes(ctx, document);
    if (outcomes.length === 0) return notApplicable('the credential declares no status method');
    const warnings = outcomes.flatMap((o) => o.warnings);
    const with_ = (result: ReturnType<typeof failed>) => ({ ...result, warnings });
    const malformed = outcomes.filter((o) => o.state === 'malformed');
    if (malformed.length > 0) return with_(failed(...malformed.flatMap((o) => o.problems)));
    // Revocation is final, so it is named before suspension.
    const set = outcomes.filter((o) => o.state === 'set').sort((a, b) => Number(b.purpose === 'revocation') - Number(a.purpose === 'revocation'));
    if (set.length > 0) return with_(failed(...set.flatMap((o) => o.problems)));
    const unknown = outcomes.filter((o) => o.state === 'unknown');
    if (unknown.length > 0) return with_(errored(...unknown.flatMap((o): Problem[] => o.problems)));
    return passed({ warnings });
  },
};

function statusEntryOutcomes(ctx: CheckContext, document: JsonObject): Promise<StatusEntryOutcome[]> {
  const raw = document.credentialStatus;
  if (raw === undefined) return Promise.resolve([]);
  const context: StatusEntryContext = { env: ctx.env, issuerId: String(issuerIdOf(ctx)), issuerDocument: ctx.facts.issuerDocument };
  const entries = Array.isArray(raw) ? raw : [raw];
  if (entries.length > MAX_STATUS_ENTRIES) {
    // Each entry may cost a retrieval: a credential must not make the verifier send thousands.
    const detail = `credentialStatus has ${entries.length} entries; at most ${MAX_STATUS_ENTRIES} are checked`;
    return Promise.resolve([{ state: 'unknown', purpose: '', problems: [problem('STATUS_ENTRY_MALFORMED', detail)], warnings: [] }]);
  }
  return Promise.all(
    entries.map((entry, i): Promise<StatusEntryOutcome> | StatusEntryOutcome => {
      const where = Array.isArray(raw) ? `credentialStatus[${i}]` : 'credentialStatus';
      if (!isObject(entry)) return { state: 'malformed', purpose: '', problems: [problem('STATUS_ENTRY_MALFORMED', `${where} is not an object`)], warnings: [] };
      const types = typeList(entry.type);
      if (types.some((type) => STATUS_LIST_ENTRY_TYPES.includes(type))) return checkStatusListEntry(entry, where, context);
      if (types.includes(REVOCATION_LIST_ENTRY_TYPE)) return checkRevocationListEntry(entry, where, document.id, context);
      return { state: 'unknown', purpose: '', problems: [problem('STATUS_TYPE_UNSUPPORTED', `${where}.type ${quote(entry.type)} is not a supported status method`)], warnings: [] };
    }),
  );
}
