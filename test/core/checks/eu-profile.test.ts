/**
 * `eu-profile`: what a verified credential states of the EU micro-credential definition (Annex I).
 * It informs and never changes the verdict; ordinary badges are left alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { euProfile } from '../../../components/core/checks/eu-profile.ts';
import { isObject } from '../../../components/core/parse/json.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { verify } from '../../../components/core/verify.ts';
import { CORPUS } from '../../support/corpus.ts';
import { runCheck, verifyOptions } from '../../support/check-context.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

function badge(achievement: JsonObject): JsonObject {
  return {
    '@context': [V2, OB3],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:example:issuer', type: ['Profile'], name: 'Example University' },
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'urn:uuid:1', type: ['Achievement'], name: 'Data Literacy', criteria: { narrative: 'Pass the exam.' }, ...achievement } },
  };
}

const MICRO_CREDENTIAL = { achievementType: 'MicroCredential', creditsAvailable: 2, alignment: [{ type: ['Alignment'], targetName: 'EQF level 5', targetUrl: 'http://data.europa.eu/snb/eqf/5', targetType: 'ext:EQF', targetCode: '5' }] };

describe('eu-profile check', () => {
  it('a credential presenting itself as a micro-credential gets its profile, with missing elements as warnings', async () => {
    const outcome = await runCheck(euProfile, badge(MICRO_CREDENTIAL), { facts: { verifiedDocument: badge(MICRO_CREDENTIAL) } });
    expect(outcome.status).toBe('passed');
    const profile = outcome.facts?.euProfile;
    expect(profile?.claimsMicroCredential.claimed).toBe(true);
    expect(profile?.views.ects).toBe(2);
    expect(profile?.views.eqfLevel).toBe(5);
    expect(outcome.warnings?.some((warning) => warning.code === 'EU_ELEMENT_MISSING')).toBe(true);
  });

  it('an ordinary badge with only a title, an issuer and a date is not applicable, with no warnings', async () => {
    const outcome = await runCheck(euProfile, badge({}), { facts: { verifiedDocument: badge({}) } });
    expect(outcome.status).toBe('skipped');
    expect(outcome.problems?.[0]?.code).toBe('NOT_APPLICABLE');
    expect(outcome.warnings ?? []).toEqual([]);
  });

  it('a presentation is not applicable', async () => {
    const outcome = await runCheck(euProfile, { '@context': [V2], type: ['VerifiablePresentation'] });
    expect(outcome.status).toBe('skipped');
  });

  it('reads the European Commission Annex I sample: 10 of 11 mandatory elements, quality assurance missing', async () => {
    const unsigned = JSON.parse(readFileSync(join(CORPUS, 'eu/ec-elm/Sample-MC-Annex1-unsigned.jsonld'), 'utf8')) as unknown;
    if (!isObject(unsigned)) throw new Error('the sample is not a JSON object');
    const outcome = await runCheck(euProfile, unsigned, { facts: { verifiedDocument: unsigned } });
    expect(outcome.status).toBe('passed');
    expect(outcome.facts?.euProfile?.completeness.mandatoryPresent).toBe(10);
    expect(outcome.facts?.euProfile?.completeness.missing).toEqual(['quality-assurance']);
  });

  it('is skipped, and the verdict unchanged, when the proof fails', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs({ ...badge(MICRO_CREDENTIAL), issuer: { id: issuer.did, type: ['Profile'], name: 'Example University' } }, issuer);
    const tampered = { ...signed, name: 'Changed after signing' };
    const report = await verify(tampered, verifyOptions());
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((check) => check.id === 'eu-profile')?.status).toBe('skipped');
    expect(report.credential).toBeUndefined();
  });

  it('puts the profile into the credential view of a verified micro-credential', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs({ ...badge(MICRO_CREDENTIAL), issuer: { id: issuer.did, type: ['Profile'], name: 'Example University' } }, issuer);
    const report = await verify(signed, verifyOptions());
    expect(report.verdict).toBe('verified');
    expect(report.credential?.euProfile?.completeness.mandatoryTotal).toBe(11);
  });
});
