/**
 * Whether a credential claims to be a micro-credential at all, and by which signal: the claim is
 * what the credential says of itself, separate from its completeness against Annex I.
 */
import { describe, expect, it } from 'vitest';
import { extractEuProfile } from '../../../components/core/profile/index.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';

const claim = (document: JsonObject, family: 'vc' | 'ob2' = 'vc') => extractEuProfile({ document, family, coveredByProof: true }).claimsMicroCredential;

const EDC = { type: ['VerifiableCredential', 'EuropeanDigitalCredential'] };

describe('claimsMicroCredential', () => {
  it.each<[string, JsonObject, string, string]>([
    ['OB 3.0 achievementType MicroCredential', { credentialSubject: { achievement: { achievementType: 'MicroCredential' } } }, 'achievement-type', '$.credentialSubject.achievement.achievementType'],
    ['an EDC display title in any language', { ...EDC, displayParameter: { title: { de: 'Mikro-Credential', fr: 'Micro-credential' } } }, 'display-title', '$.displayParameter.title'],
    [
      'an EDC short learning programme',
      { ...EDC, credentialSubject: { hasClaim: { type: 'LearningAchievement', specifiedBy: { dcType: { id: 'http://data.europa.eu/snb/learning-opportunity/74a4a268e8' } } } } },
      'short-learning-programme',
      '$.credentialSubject.hasClaim.specifiedBy.dcType',
    ],
    ['an EDC credential profile labelled micro-credential', { ...EDC, credentialProfiles: [{ id: 'urn:x', prefLabel: { en: 'Micro-credential' } }] }, 'credential-profile', '$.credentialProfiles[0]'],
    ['an educredentials micro-credential schema', { credentialSchema: [{ id: 'https://example.org/schemas/microcredential_ects.json', type: '1EdTechJsonSchemaValidator2019' }] }, 'credential-schema', '$.credentialSchema[0]'],
    ['a credential type', { type: ['VerifiableCredential', 'MicroCredential'] }, 'credential-type', '$.type'],
    ['an embedded Edubadges badge class flagged as micro-credential', { badge: { isMicroCredentials: true } }, 'badge-class-type', '$.badge.isMicroCredentials'],
  ])('hears %s', (_what, document, signal, path) => {
    const family = 'badge' in document ? 'ob2' : 'vc';
    expect(claim(document, family)).toEqual({ claimed: true, signals: [expect.objectContaining({ signal, path, document: 'credential' })] });
  });

  it.each<[string, JsonObject]>([
    ['the EDC Generic profile alone', { ...EDC, credentialProfiles: { id: 'http://data.europa.eu/snb/credential/e34929035b', prefLabel: { en: 'Generic' } } }],
    ['another achievement type', { credentialSubject: { achievement: { achievementType: 'Certificate' } } }],
    ['a certificate of participation', { ...EDC, displayParameter: { title: { en: 'Certificate of Participation' } } }],
    ['a title that merely mentions credentials', { ...EDC, displayParameter: { title: { en: 'Microscopy credentials' } } }],
  ])('hears no claim in %s', (_what, document) => {
    expect(claim(document)).toEqual({ claimed: false, signals: [] });
  });
});
