/**
 * toVerdict: the one place policy lives. Defects beat states, states are ranked (revoked >
 * suspended > expired > not-yet-valid), "could not decide" is unverifiable, advisory checks never
 * change the verdict, and nothing is verified unless a proof passed.
 */
import { describe, expect, it } from 'vitest';
import { problem, type ProblemCode } from '../../../components/core/problems.ts';
import type { CheckId, CheckResult, CheckStatus, Verdict } from '../../../components/core/report.ts';
import { mostSevere, SEVERITY, toVerdict } from '../../../components/core/verdict/to-verdict.ts';

const PIPELINE: readonly CheckId[] = ['parse', 'context', 'conformance', 'proof', 'issuer-key', 'validity-period', 'status', 'issuer-trust', 'recipient'];

type Outcome = CheckStatus | [CheckStatus, ...ProblemCode[]];

/** A full pipeline of results: every check passed unless `overrides` says otherwise. */
function results(overrides: Partial<Record<CheckId, Outcome>> = {}): CheckResult[] {
  return PIPELINE.map((id) => {
    const outcome = overrides[id] ?? 'passed';
    const [status, ...problemCodes] = Array.isArray(outcome) ? outcome : [outcome];
    const result: CheckResult = { id, status };
    if (problemCodes.length > 0) result.problems = problemCodes.map((code) => problem(code, `${id}: ${code}`));
    return result;
  });
}

const skipped: Outcome = ['skipped', 'NOT_APPLICABLE'];
const dependentsSkipped = (...ids: CheckId[]) => Object.fromEntries(ids.map((id) => [id, ['skipped', 'REQUIRED_CHECK_NOT_PASSED']])) as Partial<Record<CheckId, Outcome>>;

describe('toVerdict', () => {
  it.each<[string, Partial<Record<CheckId, Outcome>>, Verdict]>([
    ['every check passed', {}, 'verified'],
    ['status, trust and recipient were not applicable', { status: skipped, 'issuer-trust': skipped, recipient: skipped }, 'verified'],

    // any failure that is not a state of a genuine credential is a defect
    ['the input did not parse', { parse: ['failed', 'INPUT_NOT_JSON'], ...dependentsSkipped('context', 'conformance', 'proof', 'issuer-key', 'validity-period', 'status', 'issuer-trust', 'recipient') }, 'invalid'],
    ['the signature is invalid', { proof: ['failed', 'SIGNATURE_INVALID'], ...dependentsSkipped('issuer-key', 'validity-period', 'status', 'issuer-trust', 'recipient') }, 'invalid'],
    ['the key is not the issuer\'s', { 'issuer-key': ['failed', 'KEY_NOT_ISSUERS'] }, 'invalid'],
    ['conformance failed', { conformance: ['failed', 'SUBJECT_NO_CLAIMS'] }, 'invalid'],
    ['a context is malformed', { context: ['failed', 'CONTEXT_MALFORMED'] }, 'invalid'],
    ['a validity date is malformed', { 'validity-period': ['failed', 'DATE_MALFORMED'] }, 'invalid'],
    ['the status index is out of range', { status: ['failed', 'STATUS_INDEX_OUT_OF_RANGE'] }, 'invalid'],
    ['a decisive check failed without naming a problem', { conformance: 'failed' }, 'invalid'],
    ['a check failed with a state and a defect together', { status: ['failed', 'CREDENTIAL_REVOKED', 'STATUS_ENTRY_MALFORMED'] }, 'invalid'],

    // a defect beats every state, and beats "could not decide"
    ['the credential is tampered and also expired', { conformance: ['failed', 'VALIDITY_RANGE_INVERTED'], 'validity-period': ['failed', 'CREDENTIAL_EXPIRED'] }, 'invalid'],
    ['the credential is revoked and a context is malformed', { context: ['failed', 'CONTEXT_MALFORMED'], status: ['failed', 'CREDENTIAL_REVOKED'] }, 'invalid'],
    ['a defect and an undecidable check', { conformance: ['failed', 'ID_NOT_URL'], context: ['error', 'CONTEXT_UNKNOWN'] }, 'invalid'],

    // states of a genuine credential, ranked
    ['the credential is revoked', { status: ['failed', 'CREDENTIAL_REVOKED'] }, 'revoked'],
    ['the credential is suspended', { status: ['failed', 'CREDENTIAL_SUSPENDED'] }, 'suspended'],
    ['the credential has expired', { 'validity-period': ['failed', 'CREDENTIAL_EXPIRED'] }, 'expired'],
    ['the credential is not valid yet', { 'validity-period': ['failed', 'CREDENTIAL_NOT_YET_VALID'] }, 'not-yet-valid'],
    ['the credential is revoked and expired', { 'validity-period': ['failed', 'CREDENTIAL_EXPIRED'], status: ['failed', 'CREDENTIAL_REVOKED'] }, 'revoked'],
    ['the credential is revoked and suspended', { status: ['failed', 'CREDENTIAL_SUSPENDED', 'CREDENTIAL_REVOKED'] }, 'revoked'],
    ['the credential is suspended and expired', { 'validity-period': ['failed', 'CREDENTIAL_EXPIRED'], status: ['failed', 'CREDENTIAL_SUSPENDED'] }, 'suspended'],

    // a known state beats "could not decide"
    ['the credential has expired and its status list is unreachable', { 'validity-period': ['failed', 'CREDENTIAL_EXPIRED'], status: ['error', 'STATUS_LIST_UNREACHABLE'] }, 'expired'],
    ['the credential is not valid yet and a context is unknown', { context: ['error', 'CONTEXT_UNKNOWN'], 'validity-period': ['failed', 'CREDENTIAL_NOT_YET_VALID'] }, 'not-yet-valid'],

    // errors: could not decide
    ['the status list is unreachable', { status: ['error', 'STATUS_LIST_UNREACHABLE'] }, 'unverifiable'],
    ['a context is unknown', { context: ['error', 'CONTEXT_UNKNOWN'] }, 'unverifiable'],
    ['the proof type is unsupported', { proof: ['error', 'PROOF_TYPE_UNSUPPORTED'], ...dependentsSkipped('issuer-key', 'validity-period', 'status', 'issuer-trust', 'recipient') }, 'unverifiable'],
    ['the input could not be retrieved', { parse: ['error', 'FETCH_FAILED'], ...dependentsSkipped('context', 'conformance', 'proof', 'issuer-key', 'validity-period', 'status', 'issuer-trust', 'recipient') }, 'unverifiable'],
    ['a check threw', { 'issuer-key': ['error', 'INTERNAL_ERROR'] }, 'unverifiable'],

    // advisory checks never change the verdict
    ['the issuer is not in the trust list', { 'issuer-trust': ['failed', 'ISSUER_NOT_IN_TRUST_LIST'] }, 'verified'],
    ['the recipient does not match', { recipient: ['failed', 'RECIPIENT_MISMATCH'] }, 'verified'],
    ['the trust check errored', { 'issuer-trust': ['error', 'INTERNAL_ERROR'] }, 'verified'],
    ['the credential has expired and the recipient does not match', { 'validity-period': ['failed', 'CREDENTIAL_EXPIRED'], recipient: ['failed', 'RECIPIENT_MISMATCH'] }, 'expired'],

    // nothing proven
    ['the proof was skipped (a presentation without a proof of its own, and no credentials)', { proof: skipped }, 'unverifiable'],
  ])('%s → %s', (_scenario, overrides, expected) => {
    expect(toVerdict(results(overrides))).toBe(expected);
  });

  it('an empty list of results proves nothing: unverifiable', () => {
    expect(toVerdict([])).toBe('unverifiable');
  });

  it('results without a proof check prove nothing: unverifiable', () => {
    expect(toVerdict(results().filter((r) => r.id !== 'proof'))).toBe('unverifiable');
  });
});

describe('toVerdict for presentations', () => {
  const presentationWithoutProof = results({ proof: skipped, 'validity-period': skipped, status: skipped, recipient: skipped });

  it.each<[string, Verdict[], Verdict]>([
    ['every credential verified', ['verified', 'verified'], 'verified'],
    ['one credential revoked', ['verified', 'revoked'], 'revoked'],
    ['one expired, one revoked', ['expired', 'revoked'], 'revoked'],
    ['one unverifiable, one expired', ['unverifiable', 'expired'], 'expired'],
    ['one verified, one unverifiable', ['verified', 'unverifiable'], 'unverifiable'],
    ['one invalid, one revoked', ['revoked', 'invalid'], 'invalid'],
    ['one suspended, one not yet valid', ['not-yet-valid', 'suspended'], 'suspended'],
  ])('a presentation without its own proof whose credentials are %s is %s', (_scenario, children, expected) => {
    expect(toVerdict(presentationWithoutProof, children)).toBe(expected);
  });

  it('a presentation with a bad proof is invalid even when its credentials verify', () => {
    expect(toVerdict(results({ proof: ['failed', 'SIGNATURE_INVALID'] }), ['verified'])).toBe('invalid');
  });

  it('a verified presentation takes its most severe child verdict', () => {
    expect(toVerdict(results(), ['verified', 'expired'])).toBe('expired');
  });
});

describe('severity order', () => {
  it('ranks every verdict exactly once, from invalid down to verified', () => {
    expect(SEVERITY).toEqual(['invalid', 'revoked', 'suspended', 'expired', 'not-yet-valid', 'unverifiable', 'verified']);
  });

  it('the most severe of nothing is unverifiable', () => {
    expect(mostSevere([])).toBe('unverifiable');
  });
});
