/**
 * Comprehensive Learner Record 2.0 (`ClrCredential`): a registry's record, signed
 * eddsa-rdfc-2022, whose `ClrSubject` holds the learner's Open Badges 3.0 credentials from other
 * issuers (ecdsa-rdfc-2019 and Ed25519Signature2020), each verified as a child of the CLR.
 *
 * The CLR 2.0 context is not bundled (components/core/resolve/contexts.ts pins VC, OB 3.0,
 * status, DID, security and Blockcerts contexts only). So the honest outcome for a CLR on its own
 * is `unverifiable`, with CONTEXT_UNKNOWN; with the context supplied by the caller through
 * `documents` (here a stand-in defining the terms used, see test/support/issue-clr.ts) the CLR and
 * its children verify. Fixtures are named `clr/<scenario>--<expected verdict>`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyOptions } from '../../../components/core/index.ts';
import { NOW } from '../../support/fixtures.ts';
import { expectFixture, fixtureName, statusOf, type FormatFixture } from '../../support/format-fixture.ts';
import { createIssuer, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import { CLR_CONTEXT_URL, CLR_DOCUMENTS, createClrIssuer } from '../../support/issue-clr.ts';

const LEARNER = 'did:example:learner-4f2a';
const WITH_CLR_CONTEXT: VerifyOptions = { offline: true, now: NOW, documents: CLR_DOCUMENTS };
const WITHOUT: VerifyOptions = { offline: true, now: NOW };

let valid: JsonObject;
let nestedTamperedBeforeSigning: JsonObject;
let nestedTamperedAfterSigning: JsonObject;

beforeAll(async () => {
  const registry = await createClrIssuer();
  const statistics = await createIssuer({ suite: 'ecdsa-rdfc-2019-p256' });
  const databases = await createIssuer({ suite: 'Ed25519Signature2020' });
  const first = await statistics.sign(openBadgeCredential({ version: 2, issuer: statistics.did, subjectId: LEARNER, achievementName: 'Statistics I' }));
  const second = await databases.sign(openBadgeCredential({ version: 2, issuer: databases.did, subjectId: LEARNER, achievementName: 'Databases' }));
  valid = await registry.sign([first, second], LEARNER);

  const inflated = structuredClone(second);
  achievementOf(inflated).name = 'Advanced Databases';
  nestedTamperedBeforeSigning = await registry.sign([first, inflated], LEARNER);
  nestedTamperedAfterSigning = structuredClone(valid);
  achievementOf(nestedOf(nestedTamperedAfterSigning)[1]!).name = 'Advanced Databases';
}, 60_000);

function nestedOf(clr: JsonObject): JsonObject[] {
  return (clr.credentialSubject as JsonObject).verifiableCredential as JsonObject[];
}

function achievementOf(credential: JsonObject): JsonObject {
  return (credential.credentialSubject as JsonObject).achievement as JsonObject;
}

const fixture = (scenario: string, expected: FormatFixture['expect'], input: JsonObject, options: VerifyOptions, children: FormatFixture['children'], codes: FormatFixture['codes'] = []): FormatFixture =>
  ({ name: fixtureName('clr', scenario, expected), scenario, input, expect: expected, codes, options, children });

describe('CLR 2.0 ClrCredential', () => {
  it('a CLR whose context the engine does not bundle, and the caller does not supply, is unverifiable with CONTEXT_UNKNOWN, while each nested credential is verified as a child', async () => {
    const expected = fixture('clr-context-not-bundled', 'unverifiable', valid, WITHOUT, ['verified', 'verified'], ['CONTEXT_UNKNOWN']);
    const report = await verify(expected.input, expected.options);
    expectFixture(expected, report, { context: 'error' });
    expect(report.problems.map((p) => p.detail).join('\n')).toContain(CLR_CONTEXT_URL);
  });

  it('a CLR with the CLR context supplied comes out verified, and reports every nested credential as a verified child', async () => {
    const expected = fixture('valid', 'verified', valid, WITH_CLR_CONTEXT, ['verified', 'verified']);
    const report = await verify(expected.input, expected.options);
    expectFixture(expected, report, { context: 'passed', proof: 'passed', 'issuer-key': 'passed' });
    expect(report.credential?.name).toBe('Transcript of Records');
    expect(report.credential?.types).toEqual(['VerifiableCredential', 'ClrCredential']);
    expect(report.children?.map((child) => child.credential?.achievement?.name)).toEqual(['Statistics I', 'Databases']);
    expect(report.children?.map((child) => child.format)).toEqual(['vc2-jsonld', 'vc2-jsonld']);
  });

  it('a CLR signed over a nested credential that was changed after its own issuer signed it comes out invalid, with that child invalid', async () => {
    const expected = fixture('nested-tampered-before-signing', 'invalid', nestedTamperedBeforeSigning, WITH_CLR_CONTEXT, ['verified', 'invalid'], ['SIGNATURE_INVALID']);
    const report = await verify(expected.input, expected.options);
    expectFixture(expected, report, { proof: 'passed', 'issuer-key': 'passed' });
    expect(statusOf(report.children![1]!, 'proof')).toBe('failed');
    expect(report.children![1]!.credential).toBeUndefined();
  });

  it("a CLR whose nested credential was changed after the CLR was signed comes out invalid, its own proof and that child's both failing", async () => {
    const expected = fixture('nested-tampered-after-signing', 'invalid', nestedTamperedAfterSigning, WITH_CLR_CONTEXT, ['verified', 'invalid'], ['SIGNATURE_INVALID']);
    const report = await verify(expected.input, expected.options);
    expectFixture(expected, report, { proof: 'failed', 'issuer-key': 'skipped' });
    expect(report.credential).toBeUndefined();
  });
});
