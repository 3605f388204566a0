/**
 * `conformance`: the document has the shape the data model requires (VCDM 2.0 §4, VCDM 1.1 §4,
 * Open Badges 3.0). Shape defects fail the check with a stable code; Open Badge schema gaps that
 * do not touch what the badge claims are warnings. Security research §6 A4, A5, D60, D61.
 */
import { describe, expect, it } from 'vitest';
import { conformance } from '../../../components/core/checks/conformance.ts';
import { verify } from '../../../components/core/verify.ts';
import { clone, codes, runCheck, verifyOptions, warningCodes } from '../../support/check-context.ts';
import { corpusFile } from '../../support/corpus.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

type Json = Record<string, unknown>;

const validV2Credential: Json = {
  '@context': [V2],
  id: 'urn:uuid:2f5ac0b4-3a34-4a0e-9d0b-2f5ac0b43a34',
  type: ['VerifiableCredential'],
  issuer: { id: 'did:example:issuer', name: 'Example University' },
  validFrom: '2024-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00+01:00',
  credentialSubject: { id: 'did:example:alice', name: 'Alice' },
};

const validV1Credential: Json = {
  '@context': [V1],
  type: ['VerifiableCredential'],
  issuer: 'https://issuer.example/',
  issuanceDate: '2024-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:alice' },
};

const validOpenBadge: Json = {
  '@context': [V2, OB3],
  id: 'https://issuer.example/badges/1',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://issuer.example/', type: ['Profile'], name: 'Example University' },
  validFrom: '2024-01-01T00:00:00Z',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://issuer.example/achievements/teamwork',
      type: ['Achievement'],
      name: 'Teamwork',
      description: 'Works well in a team.',
      criteria: { narrative: 'Nominated by peers.' },
    },
  },
};

/** A copy of `base` with properties replaced (`undefined` removes one). */
function changed(base: Json, changes: Json): Json {
  const copy = clone(base);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

/** A copy of the Open Badge with its achievement changed. */
function badgeWithAchievement(changes: Json): Json {
  const badge = clone(validOpenBadge);
  const subject = badge.credentialSubject as Json;
  subject.achievement = changed(subject.achievement as Json, changes);
  return badge;
}

function corpusJson(file: string): Json {
  return JSON.parse(new TextDecoder().decode(corpusFile(file))) as Json;
}

describe('conformance check: credentials', () => {
  it.each([
    ['a well-formed VC 2.0 credential', validV2Credential],
    ['a well-formed VC 1.1 credential', validV1Credential],
    ['a well-formed Open Badge 3.0', validOpenBadge],
    ['a credential whose issuer is a URL string', changed(validV2Credential, { issuer: 'https://issuer.example/' })],
    ['a credential with several subjects', changed(validV2Credential, { credentialSubject: [{ id: 'did:example:a' }, { name: 'B' }] })],
  ])('%s passes', async (_scenario, document) => {
    const outcome = await runCheck(conformance, document);
    expect(outcome.status).toBe('passed');
    expect(codes(outcome)).toEqual([]);
    expect(warningCodes(outcome)).toEqual([]);
  });

  it.each([
    ['no VerifiableCredential type', 'TYPE_MISSING', changed(validV2Credential, { type: ['RelationshipCredential'] })],
    ['no issuer', 'PROPERTY_MISSING', changed(validV2Credential, { issuer: undefined })],
    ['an issuer object without an id', 'PROPERTY_MISSING', changed(validV2Credential, { issuer: { name: 'Example University' } })],
    ['an issuer that is a number', 'PROPERTY_WRONG_TYPE', changed(validV2Credential, { issuer: 42 })],
    ['an issuer id that is not a URL', 'ID_NOT_URL', changed(validV2Credential, { issuer: 'Example University' })],
    ['a credential id that is not a URL (§6 A4)', 'ID_NOT_URL', changed(validV2Credential, { id: 'https ://not-a-url/vcs/1' })],
    ['a credentialSubject.id that is not a URL (§6 A5)', 'ID_NOT_URL', changed(validV2Credential, { credentialSubject: { id: 'alice' } })],
    ['no credentialSubject', 'PROPERTY_MISSING', changed(validV2Credential, { credentialSubject: undefined })],
    ['an empty credentialSubject', 'SUBJECT_NO_CLAIMS', changed(validV2Credential, { credentialSubject: {} })],
    ['a credentialSubject that is a string', 'PROPERTY_WRONG_TYPE', changed(validV2Credential, { credentialSubject: 'did:example:alice' })],
    ['a VC 2.0 validFrom without a time zone (§6 D61)', 'DATE_MALFORMED', changed(validV2Credential, { validFrom: '2024-01-01T00:00:00' })],
    ['a VC 2.0 validUntil that is not a date', 'DATE_MALFORMED', changed(validV2Credential, { validUntil: 'Sat 25 Feb 2023 07:16:31 PM CST' })],
    ['validUntil before validFrom (§6 D60)', 'VALIDITY_RANGE_INVERTED', changed(validV2Credential, { validFrom: '2025-01-01T00:00:00Z', validUntil: '2024-12-31T23:59:59Z' })],
    ['a VC 1.1 credential without issuanceDate', 'PROPERTY_MISSING', changed(validV1Credential, { issuanceDate: undefined })],
    ['a VC 1.1 expirationDate before issuanceDate', 'VALIDITY_RANGE_INVERTED', changed(validV1Credential, { expirationDate: '2023-01-01T00:00:00Z' })],
    ['a status entry without a type', 'STATUS_ENTRY_MALFORMED', changed(validV2Credential, { credentialStatus: { id: 'https://issuer.example/status/1#3' } })],
    ['a status entry that is not an object', 'STATUS_ENTRY_MALFORMED', changed(validV2Credential, { credentialStatus: 'https://issuer.example/status/1' })],
    ['a status entry id that is not a URL', 'ID_NOT_URL', changed(validV2Credential, { credentialStatus: { id: 'status 1', type: 'BitstringStatusListEntry' } })],
    ['a credentialSchema without a type', 'PROPERTY_WRONG_TYPE', changed(validV2Credential, { credentialSchema: { id: 'https://issuer.example/schema.json' } })],
  ])('a credential with %s fails with %s', async (_scenario, code, document) => {
    const outcome = await runCheck(conformance, document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual([code]);
  });

  it('a VC 1.1 date without a time zone is allowed (read as UTC)', async () => {
    const outcome = await runCheck(conformance, changed(validV1Credential, { issuanceDate: '2024-01-01T00:00:00', expirationDate: '2030-01-01T00:00:00' }));
    expect(outcome.status).toBe('passed');
  });

  it('a VC 1.1 zone-less expirationDate before issuanceDate is still caught as VALIDITY_RANGE_INVERTED', async () => {
    const outcome = await runCheck(conformance, changed(validV1Credential, { issuanceDate: '2024-01-02T00:00:00', expirationDate: '2024-01-01T00:00:00' }));
    expect(codes(outcome)).toEqual(['VALIDITY_RANGE_INVERTED']);
  });

  it('validFrom equal to validUntil is a valid (instantaneous) range', async () => {
    const outcome = await runCheck(conformance, changed(validV2Credential, { validFrom: '2025-01-01T00:00:00Z', validUntil: '2025-01-01T01:00:00+01:00' }));
    expect(outcome.status).toBe('passed');
  });

  it('every defect of a document is reported, not only the first', async () => {
    const outcome = await runCheck(conformance, changed(validV2Credential, { id: 'not a url', issuer: undefined, credentialSubject: {} }));
    expect(codes(outcome)).toEqual(['ID_NOT_URL', 'PROPERTY_MISSING', 'SUBJECT_NO_CLAIMS']);
  });

  it.each([
    // The test suite's "ok" fixture has no issuer: the suite's issuer adds one before signing.
    ['credential-ok.json', ['PROPERTY_MISSING']],
    ['credential-no-issuer-fail.json', ['PROPERTY_MISSING', 'SUBJECT_NO_CLAIMS']],
    ['credential-id-not-url-fail.json', ['ID_NOT_URL', 'PROPERTY_MISSING']],
    ['credential-missing-required-type-fail.json', ['TYPE_MISSING', 'PROPERTY_MISSING']],
    ['credential-subject-no-claims-fail.json', ['PROPERTY_MISSING', 'SUBJECT_NO_CLAIMS']],
    ['credential-status-missing-type-fail.json', ['PROPERTY_MISSING', 'STATUS_ENTRY_MALFORMED']],
    ['credential-validfrom-invalid-fail.json', ['PROPERTY_MISSING', 'DATE_MALFORMED']],
  ])('the W3C test-suite case %s fails with %j', async (file, expected) => {
    const outcome = await runCheck(conformance, corpusJson(`w3c-vc-dm2-test-suite/${file}`));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(expected);
  });
});

describe('conformance check: Open Badges 3.0', () => {
  it.each([
    ['an issuer without the Profile type', 'TYPE_MISSING', changed(validOpenBadge, { issuer: { id: 'https://issuer.example/', type: ['Organization'] } })],
    ['a subject without the AchievementSubject type', 'TYPE_MISSING', changed(validOpenBadge, { credentialSubject: { type: ['Person'], achievement: (validOpenBadge.credentialSubject as Json).achievement } })],
    ['no achievement', 'PROPERTY_MISSING', changed(validOpenBadge, { credentialSubject: { type: ['AchievementSubject'] } })],
    ['an achievement without the Achievement type', 'TYPE_MISSING', badgeWithAchievement({ type: ['Thing'] })],
    ['an achievement without a name', 'PROPERTY_MISSING', badgeWithAchievement({ name: undefined })],
    ['evidence without the Evidence type', 'TYPE_MISSING', changed(validOpenBadge, { evidence: [{ id: 'https://issuer.example/evidence/1', type: ['Thing'] }] })],
  ])('a badge with %s fails with %s', async (_scenario, code, document) => {
    const outcome = await runCheck(conformance, document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual([code]);
  });

  it('a badge whose achievement lacks id, description and criteria passes with three PROPERTY_MISSING warnings', async () => {
    const outcome = await runCheck(conformance, badgeWithAchievement({ id: undefined, description: undefined, criteria: undefined }));
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['PROPERTY_MISSING', 'PROPERTY_MISSING', 'PROPERTY_MISSING']);
  });

  it('a badge whose subject and achievement types are missing (not wrong) passes with TYPE_MISSING warnings', async () => {
    const badge = badgeWithAchievement({ type: undefined });
    delete (badge.credentialSubject as Json).type;
    const outcome = await runCheck(conformance, badge);
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['TYPE_MISSING', 'TYPE_MISSING']);
  });

  it('Open Badge rules are not applied to a credential that is not an Open Badge', async () => {
    const outcome = await runCheck(conformance, changed(validV2Credential, { issuer: { id: 'did:example:issuer', type: ['Organization'] } }));
    expect(outcome.status).toBe('passed');
  });
});

describe('conformance check: presentations', () => {
  const presentation: Json = { '@context': [V2], type: ['VerifiablePresentation'], holder: 'did:example:alice', verifiableCredential: [validV2Credential] };

  it('a well-formed presentation passes', async () => {
    expect((await runCheck(conformance, presentation)).status).toBe('passed');
  });

  it('a presentation without a holder passes: the holder is optional', async () => {
    expect((await runCheck(conformance, changed(presentation, { holder: undefined }))).status).toBe('passed');
  });

  it.each([
    ['a holder that is not a URL', 'ID_NOT_URL', changed(presentation, { holder: 'Alice' })],
    ['a holder object whose id is not a URL', 'ID_NOT_URL', changed(presentation, { holder: { id: 'Alice' } })],
    ['an id that is not a URL', 'ID_NOT_URL', changed(presentation, { id: 'presentation 1' })],
    ['an embedded credential that is a number', 'PROPERTY_WRONG_TYPE', changed(presentation, { verifiableCredential: [validV2Credential, 7] })],
  ])('a presentation with %s fails with %s', async (_scenario, code, document) => {
    const outcome = await runCheck(conformance, document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual([code]);
  });
});

describe('conformance check in the pipeline', () => {
  it('is skipped with REQUIRED_CHECK_NOT_PASSED when the input does not parse', async () => {
    const report = await verify('not json', verifyOptions());
    const check = report.checks.find((c) => c.id === 'conformance');
    expect(check?.status).toBe('skipped');
    expect(codes(check!)).toEqual(['REQUIRED_CHECK_NOT_PASSED']);
  });

  it('a conformance failure makes the verdict invalid', async () => {
    const report = await verify(changed(validV2Credential, { credentialSubject: {} }), verifyOptions());
    expect(report.verdict).toBe('invalid');
  });
});
