/**
 * Every profile warning code, raised by a minimal credential, with a detail that names the
 * property and the value. Warnings are data; none of them changes a verdict.
 */
import { describe, expect, it } from 'vitest';
import { extractEuProfile, PROFILE_CODES, type ProfileCode } from '../../../components/core/profile/index.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';

const ELM = (specifiedBy: JsonObject, extra: JsonObject = {}): JsonObject => ({
  type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
  credentialSubject: { hasClaim: { type: 'LearningAchievement', title: 't', specifiedBy, ...extra } },
});

const CASES: [ProfileCode, JsonObject, string][] = [
  ['EU_ELEMENT_MISSING', { credentialSubject: { achievement: { name: 'x' } } }, 'no value states Annex I element learner (identification of the learner)'],
  [
    'WORKLOAD_RATIO_UNUSUAL',
    ELM({ volumeOfLearning: 'PT200H', creditPoint: { framework: { id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' }, point: '2' } }),
    '100 hours per ECTS credit: 200 hours at $.credentialSubject.hasClaim.specifiedBy.volumeOfLearning for 2 ECTS at $.credentialSubject.hasClaim.specifiedBy.creditPoint.point; one credit is usually 25 to 30 hours (warning outside 20–35)',
  ],
  ['DURATION_MONTHS_SUSPICIOUS', ELM({ volumeOfLearning: 'P3M' }), '$.credentialSubject.hasClaim.specifiedBy.volumeOfLearning is "P3M": 3 months of workload (minutes would be PT3M)'],
  ['DURATION_MALFORMED', ELM({ volumeOfLearning: '60 hours' }), '$.credentialSubject.hasClaim.specifiedBy.volumeOfLearning is "60 hours": not of the form PnYnMnDTnHnMnS or PnW'],
  ['CREDITS_MALFORMED', ELM({ creditPoint: { framework: { id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' }, point: 'two' } }), '$.credentialSubject.hasClaim.specifiedBy.creditPoint.point is "two", not a non-negative number'],
  ['CREDITS_UNIT_ASSUMED', { credentialSubject: { achievement: { creditsAvailable: 5 } } }, '$.credentialSubject.achievement.creditsAvailable states credits without a credit system; they are read as ECTS'],
  ['EQF_LEVEL_MALFORMED', ELM({ eqfLevel: { id: 'http://data.europa.eu/snb/eqf/9', prefLabel: { en: 'Level 9' } } }), '$.credentialSubject.hasClaim.specifiedBy.eqfLevel is "http://data.europa.eu/snb/eqf/9", not an EQF level concept http://data.europa.eu/snb/eqf/1…8'],
  ['COUNTRY_UNRECOGNISED', { issuer: { id: 'did:example:1', address: { addressCountryCode: 'XQ' } } }, '$.issuer.address.addressCountryCode is "XQ", not a recognised ISO 3166-1 code'],
  [
    'ESCO_URI_MALFORMED',
    ELM({ learningOutcome: { title: 'o', relatedESCOSkill: { id: 'urn:skill:1', prefLabel: { en: 'juggling' } } } }),
    '$.credentialSubject.hasClaim.specifiedBy.learningOutcome.relatedESCOSkill names "urn:skill:1" ("juggling"), not an ESCO skill URI http://data.europa.eu/esco/skill/<uuid>',
  ],
  [
    'EU_VALUES_DISAGREE',
    { credentialSubject: { achievement: { ECTS: 3, 'extensions:ECTSExtension': { ECTS: 4 } } } },
    'ECTS credits differ: 3 at $.credentialSubject.achievement.ECTS, 4 at $.credentialSubject.achievement[\'extensions:ECTSExtension\'].ECTS',
  ],
  ['EU_PROFILE_TRUNCATED', { credentialSubject: Array.from({ length: 101 }, () => ({})) }, '$.credentialSubject has more entries than the limit; the rest were not read'],
];

describe('profile warnings', () => {
  it.each(CASES)('%s names the property and the value', (code, document, detail) => {
    const profile = extractEuProfile({ document, family: 'vc', coveredByProof: true, locale: 'en' });
    const warning = profile.warnings.find((w) => w.code === code);
    expect(warning).toMatchObject({ code, detail, type: `https://mc-verify.github.io/problems#${code}` });
    expect(warning?.title).toMatch(/^[A-Z]/);
  });

  it('has a case for every code', () => {
    expect(CASES.map(([code]) => code).sort()).toEqual([...PROFILE_CODES].sort());
  });

  it('reports each distinct warning once', () => {
    const profile = extractEuProfile({ document: ELM({ volumeOfLearning: 'P3M' }), family: 'vc', coveredByProof: true });
    expect(profile.warnings.filter((w) => w.code === 'DURATION_MONTHS_SUSPICIOUS')).toHaveLength(1);
  });

  it('keeps at most a hundred warnings besides the missing elements, and says so', () => {
    const relatedESCOSkill = Array.from({ length: 100 }, (_, i) => ({ id: `urn:skill:${i}` }));
    const learningOutcome = Array.from({ length: 3 }, () => ({ title: 'o', relatedESCOSkill }));
    const profile = extractEuProfile({ document: ELM({ learningOutcome }), family: 'vc', coveredByProof: true });
    expect(profile.warnings.filter((w) => w.code === 'ESCO_URI_MALFORMED')).toHaveLength(100);
    expect(profile.warnings.filter((w) => w.code === 'EU_PROFILE_TRUNCATED').map((w) => w.detail)).toEqual(['more than 100 warnings; the rest were dropped']);
    expect(profile.warnings.filter((w) => w.code === 'EU_ELEMENT_MISSING').length).toBe(profile.completeness.missing.length);
  });
});
