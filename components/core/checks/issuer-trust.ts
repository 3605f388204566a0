/**
 * `issuer-trust`: who, besides the credential itself, says the issuer is who it claims to be.
 * A trust list that lists the issuer id vouches for it; otherwise the issuer's name is only
 * self-asserted (Open Badges 3.0 Implementation Guide, "Key provenance and issuer identity").
 * This check informs; the verdict never depends on it.
 */
import { problem, quote, type Problem } from '../problems.ts';

import { failed, notApplicable, passed, subjectOf, type Check } from './check.ts';
import { isObject } from '../parse/json.ts';

export const issuerTrust: Check = {
  id: 'issuer-trust',
  requires: ['issuer-key'],
  run(ctx) {
    const subject = subjectOf(ctx);
    const presentation = subject.kind === 'presentation';
    const party = presentation ? subject.document.holder : subject.family === 'ob2' ? ctx.facts.ob2?.issuer : subject.document.issuer;
    const partyId = isObject(party) ? party.id : party;
    if (typeof partyId !== 'string') return notApplicable(`the ${presentation ? 'presentation names no holder' : 'credential names no issuer id'}`);
    const id = partyId;
    const role = presentation ? 'holder' : 'issuer';
    const name = isObject(party) && typeof party.name === 'string' ? party.name : undefined;
    const warnings: Problem[] = [...ctx.env.trustProblems];
    if (id.startsWith('did:web:') && id.slice('did:web:'.length).includes(':')) {
      warnings.push(problem('ISSUER_PATH_DID', `${quote(id)} is controlled by whoever controls that path on ${quote(decodeURIComponent(id.split(':')[2] ?? ''))}, not necessarily by the site's owner`));
    }
    for (const list of ctx.env.trust) {
      const entry = list.issuers.get(id);
      if (entry) {
        const trustedBy = { list: list.name, name: entry.name, ...(entry.homepage ? { homepage: entry.homepage } : {}), ...(entry.source ?? list.source ? { source: entry.source ?? list.source! } : {}) };
        return passed({ facts: { trustedBy }, warnings });
      }
    }
    const issuer = `the ${role} ${quote(id)}${name === undefined ? '' : ` (calling itself ${quote(name)})`}`;
    if (ctx.env.trust.length === 0) {
      warnings.push(problem('ISSUER_SELF_ASSERTED', `no trust list was consulted: ${issuer} is identified only by the credential itself`));
      return { status: 'skipped', problems: [problem('NOT_APPLICABLE', 'no trust list was supplied')], warnings };
    }
    const lists = ctx.env.trust.map((list) => quote(list.name)).join(', ');
    const notListed = problem('ISSUER_NOT_IN_TRUST_LIST', `${issuer} is not listed in ${lists}`);
    return { ...failed(notListed), warnings: [...warnings, notListed] };
  },
};
