/**
 * `validity-period`: the injected instant lies within validFrom…validUntil (VC 1.1:
 * issuanceDate…expirationDate), allowing the configured clock skew (VCDM 2.0 §4.9).
 * Validity is judged only on an authentic credential: an expired credential is a real record.
 */
import { parseDate, validityOf } from '../parse/dates.ts';
import { problem, quote } from '../problems.ts';
import { dateRulesOf, failed, notApplicable, passed, subjectOf, verifiedDocumentOf, type Check } from './check.ts';

export const validityPeriod: Check = {
  id: 'validity-period',
  requires: ['proof'],
  run(ctx) {
    const subject = subjectOf(ctx);
    if (subject.kind === 'presentation') return notApplicable('presentations have no validity period of their own');
    if (ctx.facts.ob2?.gone) return notApplicable('the issuer no longer serves the assertion');
    const { now, clockSkewMs } = ctx.env;
    const rules = dateRulesOf(subject);
    const { validFrom, validUntil } = validityOf(verifiedDocumentOf(ctx));
    // A vc+jwt is also bounded by its JWT claims (RFC 7519 §4.1.4, §4.1.5).
    if (subject.securing.type === 'jose' && subject.dataModel === 2) {
      const { nbf, exp } = subject.securing.jws.payload;
      if (typeof nbf === 'number' && now + clockSkewMs < nbf * 1000) {
        return failed(problem('CREDENTIAL_NOT_YET_VALID', `JWT claim nbf ${quote(nbf)} is after the time of checking ${new Date(now).toISOString()}`));
      }
      if (typeof exp === 'number' && now - clockSkewMs > exp * 1000) {
        return failed(problem('CREDENTIAL_EXPIRED', `JWT claim exp ${quote(exp)} is before the time of checking ${new Date(now).toISOString()}`));
      }
    }
    if (validFrom) {
      const from = parseDate(validFrom.value, rules);
      if (from === null) return failed(problem('DATE_MALFORMED', `${validFrom.property} is ${quote(validFrom.value)}, not a dateTimeStamp`));
      if (now + clockSkewMs < from) {
        return failed(problem('CREDENTIAL_NOT_YET_VALID', `${validFrom.property} is ${quote(validFrom.value)}, after the time of checking ${new Date(now).toISOString()}`));
      }
    }
    if (validUntil) {
      const until = parseDate(validUntil.value, rules);
      if (until === null) return failed(problem('DATE_MALFORMED', `${validUntil.property} is ${quote(validUntil.value)}, not a dateTimeStamp`));
      if (now - clockSkewMs > until) {
        return failed(problem('CREDENTIAL_EXPIRED', `${validUntil.property} is ${quote(validUntil.value)}, before the time of checking ${new Date(now).toISOString()}`));
      }
    }
    return passed();
  },
};
