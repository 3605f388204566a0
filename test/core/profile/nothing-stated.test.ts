/**
 * Credentials that state none of the Annex I elements, and hostile input: the profile reports what
 * is missing, invents nothing, never throws, and stops at its work limits.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENTS, extractEuProfile, MANDATORY_ELEMENTS, OPTIONAL_ELEMENTS, type EuProfile } from '../../../components/core/profile/index.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { codes } from './support.ts';

function expectNothing(profile: EuProfile): void {
  expect(profile.elements.map((e) => e.id)).toEqual(ELEMENTS);
  expect(profile.elements.flatMap((e) => e.values)).toEqual([]);
  expect(profile.completeness).toEqual({
    mandatoryPresent: 0,
    mandatoryTotal: 11,
    missing: MANDATORY_ELEMENTS,
    optionalPresent: 0,
    optionalTotal: 5,
    optionalMissing: OPTIONAL_ELEMENTS,
  });
  expect(profile.views).toEqual({ escoSkills: [], countries: [] });
  expect(profile.claimsMicroCredential).toEqual({ claimed: false, signals: [] });
  expect(profile.conventions).toEqual([]);
}

describe('a credential that states none of the elements', () => {
  it('reports all eleven mandatory elements missing in a VC, one warning each, and invents nothing', () => {
    const profile = extractEuProfile({
      document: { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], credentialSubject: { favouriteColour: 'green' } },
      family: 'vc',
      coveredByProof: true,
    });
    expectNothing(profile);
    expect(profile.warnings.map((w) => [w.code, w.detail])).toEqual(MANDATORY_ELEMENTS.map((id) => ['EU_ELEMENT_MISSING', expect.stringContaining(` ${id} (`)]));
  });

  it('reports all missing in an OB 2.0 assertion without a badge', () => {
    expectNothing(extractEuProfile({ document: { type: 'Assertion' }, family: 'ob2', coveredByProof: true }));
  });

  it('reports all missing in an ELM credential with an empty claim', () => {
    expectNothing(extractEuProfile({ document: { type: ['VerifiableCredential', 'EuropeanDigitalCredential'], credentialSubject: { hasClaim: {} } }, family: 'vc', coveredByProof: true }));
  });

  it('treats empty strings, empty language maps and empty lists as not stated', () => {
    const profile = extractEuProfile({
      document: {
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { name: '   ', url: '' },
        validFrom: '',
        credentialSubject: { id: '', identifier: [], achievement: { name: { en: '' }, description: [], alignment: [], criteria: {} } },
      },
      family: 'vc',
      coveredByProof: true,
    });
    expectNothing(profile);
  });

  it('reads a bare issuer IRI as the awarding body it names, and nothing more', () => {
    const profile = extractEuProfile({ document: { type: ['VerifiableCredential'], issuer: 'did:example:issuer' }, family: 'vc', coveredByProof: true });
    expect(profile.elements.filter((e) => e.present).map((e) => e.id)).toEqual(['awarding-body']);
  });
});

describe('hostile input', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [1, 2, 3]],
    ['a string', 'credential'],
    ['every property of the wrong type', { type: 7, issuer: [null, 3, true], credentialSubject: 'x', validFrom: { a: 1 }, name: [[[]]] }],
    ['an ELM claim of the wrong types', { type: 'EuropeanDigitalCredential', credentialSubject: { hasClaim: ['x', 3, { specifiedBy: 'y', title: 5, awardedBy: [[]] }] } }],
    ['OB fields of the wrong types', { credentialSubject: { achievement: { alignment: 'x', ECTS: {}, creditsAvailable: [], resultDescription: 3 }, result: [{ value: {} }] } }],
  ])('never throws on %s', (_what, document) => {
    for (const family of ['vc', 'ob2'] as const) {
      expect(() => extractEuProfile({ document: document as JsonObject, family, coveredByProof: true })).not.toThrow();
    }
  });

  it('reads no inherited property: __proto__, constructor and toString are not data', () => {
    const document = JSON.parse('{"credentialSubject": {"__proto__": {"achievement": {"name": "injected"}}, "achievement": {"constructor": {"ECTS": 99}}}}') as JsonObject;
    const profile = extractEuProfile({ document, family: 'vc', coveredByProof: true });
    expect(profile.elements.flatMap((e) => e.values)).toEqual([]);
  });

  it('stops reading a huge list at the list limit and says so', () => {
    const alignment = Array.from({ length: 5_000 }, (_, i) => ({ targetName: `skill ${i}`, targetUrl: `https://example.org/skills/${i}` }));
    const profile = extractEuProfile({ document: { credentialSubject: { achievement: { name: 'x', alignment } } }, family: 'vc', coveredByProof: true });
    expect(profile.elements.find((e) => e.id === 'learning-outcomes')!.values).toHaveLength(100);
    expect(profile.warnings.find((w) => w.code === 'EU_PROFILE_TRUNCATED')?.detail).toBe('$.credentialSubject.achievement.alignment has more entries than the limit; the rest were not read');
  });

  it('stops at the overall work limit when lists multiply', () => {
    const skills = Array.from({ length: 100 }, (_, i) => ({ id: `http://data.europa.eu/esco/skill/00000000-0000-0000-0000-${String(i).padStart(12, '0')}` }));
    const learningOutcome = Array.from({ length: 100 }, () => ({ title: 'o', relatedESCOSkill: skills }));
    const hasClaim = Array.from({ length: 100 }, () => ({ type: 'LearningAchievement', specifiedBy: { learningOutcome } }));
    const profile = extractEuProfile({ document: { type: 'EuropeanDigitalCredential', credentialSubject: { hasClaim } }, family: 'vc', coveredByProof: true });
    expect(codes(profile)).toContain('EU_PROFILE_TRUNCATED');
    expect(profile.elements.find((e) => e.id === 'learning-outcomes')!.values.length).toBeLessThanOrEqual(200);
  });

  it('survives a cycle in a caller object (only named paths are followed)', () => {
    const achievement: Record<string, unknown> = { name: 'loop' };
    achievement.alignment = [achievement];
    achievement.creator = achievement;
    const profile = extractEuProfile({ document: { credentialSubject: { achievement } }, family: 'vc', coveredByProof: true });
    expect(profile.elements.find((e) => e.id === 'title')!.present).toBe(true);
  });

  it('keeps what it read when a caller object throws, and reports the stop', () => {
    const credentialSubject = {
      id: 'did:example:learner',
      achievement: { name: 'Read before the throw' },
      get result(): unknown {
        throw new Error('boom');
      },
    };
    const profile = extractEuProfile({ document: { credentialSubject } as unknown as JsonObject, family: 'vc', coveredByProof: true });
    expect(profile.warnings.find((w) => w.code === 'EU_PROFILE_TRUNCATED')?.detail).toBe('extraction stopped: boom');
    expect(profile.elements.filter((e) => e.present).map((e) => e.id)).toEqual(['learner', 'title']);
  });
});
