/**
 * Open Badges in the Dutch micro-credential style: OB 3.0 with the educredentials
 * `EducredentialAchievement` terms and Edubadges fields, and OB 2.0 Edubadges assertions with
 * their extension objects and plain keys. Fixtures are written here, shaped after
 * educredentials/obv3-examples and the Edubadges extension schemas (eu-edc.md §5).
 */
import { describe, expect, it } from 'vitest';
import { extractEuProfile, type EuProfile } from '../../../components/core/profile/index.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { codes, entries, readPath, valuesOf } from './support.ts';

const OB3: JsonObject = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://example.org/contexts/educredential.json'],
  id: 'https://badges.example.nl/credentials/c-1',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: {
    id: 'https://badges.example.nl/issuers/faculty-of-science',
    type: ['Profile'],
    name: 'Faculty of Science',
    url: 'https://science.example.nl',
    otherIdentifier: [{ type: 'IdentifierEntry', identifier: '21PX', identifierType: 'ext:BRIN' }],
    parentOrg: {
      id: 'https://badges.example.nl/institutions/hogeschool-noord',
      type: ['Profile'],
      name: 'Hogeschool Noord',
      address: { type: ['Address'], addressCountry: 'Nederland', addressCountryCode: 'NL', addressRegion: 'Groningen' },
    },
  },
  validFrom: '2025-03-01T00:00:00Z',
  credentialSubject: {
    id: 'did:example:learner-7',
    type: ['AchievementSubject'],
    identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', identityHash: 'sha256$0a1b', hashed: true, salt: 'pepper' }],
    achievement: {
      id: 'https://badges.example.nl/achievements/data-literacy',
      type: ['Achievement', 'EducredentialAchievement'],
      achievementType: 'MicroCredential',
      name: 'Data literacy for teachers',
      description: 'The learner interprets classroom data and explains it to colleagues.',
      criteria: { id: 'https://science.example.nl/courses/data-literacy', narrative: 'Pass the final assignment.' },
      ECTS: 3.0,
      timeInvestment: 84,
      participationType: 'online',
      assessmentType: 'application of a skill',
      identityChecked: true,
      supervisionType: 'onsite with identity verification',
      alignment: [
        { type: ['Alignment'], targetType: 'ext:QualityAssurance', targetName: 'NVAO accreditation', targetUrl: 'https://www.nvao.net/decisions/12345', targetCode: 'NVAO-12345' },
        { type: ['Alignment'], targetType: 'ext:EQF', targetName: 'EQF level 5', targetCode: '5', targetUrl: 'https://content.example.org/eqf-levels' },
        { type: ['Alignment'], targetType: 'ext:ESCOAlignment', targetName: 'analyse big data', targetFramework: 'ESCO', targetUrl: 'http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7' },
      ],
      resultDescription: [{ id: 'urn:uuid:rd-1', type: ['ResultDescription'], name: 'Final grade', resultType: 'ext:ECTSGradeScore', valueMin: '1', valueMax: '10', requiredValue: '6' }],
      stackable: true,
    },
    result: [{ type: ['Result'], resultDescription: 'urn:uuid:rd-1', value: '8.5' }],
  },
};

const OB2_ISSUER: JsonObject = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Issuer',
  id: 'https://api.edubadges.example.nl/public/issuers/iss-1',
  name: 'Centre for Teaching',
  url: 'https://teaching.example.nl',
  email: 'badges@teaching.example.nl',
  'extensions:InstitutionNameExtension': { type: ['Extension', 'extensions:InstitutionNameExtension'], InstitutionName: 'Universiteit Zuid' },
  'extensions:InstitutionIdentifierExtension': { type: ['Extension', 'extensions:InstitutionIdentifierExtension'], InstitutionIdentifier: '22OJ' },
  'extensions:InstitutionCountryExtension': { type: ['Extension', 'extensions:InstitutionCountryExtension'], InstitutionCountry: 'NL' },
};

const OB2_BADGE_CLASS: JsonObject = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'BadgeClass',
  id: 'https://api.edubadges.example.nl/public/badges/bc-1',
  name: 'Inclusive lesson design',
  description: 'Design a lesson for a mixed-ability class.',
  criteria: { id: 'https://teaching.example.nl/criteria/bc-1', narrative: 'Submit a lesson plan.' },
  issuer: 'https://api.edubadges.example.nl/public/issuers/iss-1',
  alignment: [{ targetName: 'design curriculum', targetUrl: 'http://data.europa.eu/esco/skill/5bb7a4a5-4c3c-4b64-b44f-5e9b3a1ef4a7', targetFramework: 'ESCO' }],
  'extensions:ECTSExtension': { type: ['Extension', 'extensions:ECTSExtension'], ECTS: 2.5 },
  'extensions:EQFExtension': { type: ['Extension', 'extensions:EQFExtension'], EQF: 7 },
  'extensions:StudyLoadExtension': { type: ['Extension', 'extensions:StudyLoadExtension'], StudyLoad: 70 },
  'extensions:LearningOutcomeExtension': { type: ['Extension', 'extensions:LearningOutcomeExtension'], LearningOutcome: 'Designs lessons that every learner can follow.' },
  participation: 'blended',
  assessmentType: 'portfolio',
  assessmentSupervised: false,
  assessmentIdVerified: false,
  stackable: false,
  quality_assurance_name: 'Internal QA board',
  quality_assurance_url: 'https://teaching.example.nl/qa',
  badgeClassType: 'micro_credential',
};

const OB2_ASSERTION: JsonObject = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://api.edubadges.example.nl/public/assertions/a-1',
  recipient: { type: 'email', hashed: true, salt: 's', identity: 'sha256$abcd' },
  badge: 'https://api.edubadges.example.nl/public/badges/bc-1',
  issuedOn: '2024-11-05T10:00:00Z',
  verification: { type: 'HostedBadge' },
  grade_achieved: '7.5',
};

describe('an OB 3.0 micro-credential with the educredentials and Edubadges fields', () => {
  const profile = extractEuProfile({ document: OB3, family: 'vc', coveredByProof: true, locale: 'nl' });

  it('states all eleven mandatory elements', () => {
    expect(profile.completeness).toMatchObject({ mandatoryPresent: 11, missing: [] });
    expect(codes(profile)).not.toContain('EU_ELEMENT_MISSING');
  });

  it("reads the institution's country from parentOrg.address", () => {
    expect(entries(profile, 'issuer-country')).toMatchObject([
      { value: { kind: 'country', code: 'NL', alpha3: 'NLD', label: 'Nederland' }, path: '$.issuer.parentOrg.address.addressCountryCode', convention: 'edubadges' },
      { value: { kind: 'region', label: 'Groningen' }, path: '$.issuer.parentOrg.address.addressRegion' },
    ]);
  });

  it('names the issuer and its parent institution, each in its role', () => {
    expect(valuesOf(profile, 'awarding-body', 'organisation').map((o) => [o.role, o.name])).toEqual([
      ['issuer', 'Faculty of Science'],
      ['parent-org', 'Hogeschool Noord'],
    ]);
    expect(valuesOf(profile, 'awarding-body', 'organisation')[0]!.identifiers).toEqual([{ scheme: 'ext:BRIN', value: '21PX' }]);
  });

  it('reads ECTS 3.0 (an integer term sent as a decimal) and 84 hours of time investment: 28 hours per credit', () => {
    expect(valuesOf(profile, 'workload', 'ects')).toEqual([{ kind: 'ects', credits: 3, assumed: false }]);
    expect(valuesOf(profile, 'workload', 'hours')).toEqual([{ kind: 'hours', hours: 84 }]);
    expect(profile.views).toMatchObject({ ects: 3, hours: 84, hoursPerEcts: 28 });
    expect(codes(profile)).not.toContain('WORKLOAD_RATIO_UNUSUAL');
  });

  it('reads EQF level 5 from an ext:EQF alignment code, not from its non-EQF targetUrl', () => {
    expect(entries(profile, 'level')).toMatchObject([{ value: { kind: 'eqf', level: 5, uri: 'http://data.europa.eu/snb/eqf/5' }, convention: 'educredentials', path: '$.credentialSubject.achievement.alignment[1]' }]);
  });

  it('reads quality assurance from an ext:QualityAssurance alignment', () => {
    expect(valuesOf(profile, 'quality-assurance', 'quality-assurance')).toEqual([
      { kind: 'quality-assurance', name: 'NVAO accreditation', url: 'https://www.nvao.net/decisions/12345', code: 'NVAO-12345' },
    ]);
  });

  it('reads the educredentials terms for assessment, participation and supervision', () => {
    expect(valuesOf(profile, 'assessment', 'term')).toEqual([{ kind: 'term', term: 'application of a skill', vocabulary: 'educredentials:assessmentType' }]);
    expect(valuesOf(profile, 'participation', 'term')).toEqual([{ kind: 'term', term: 'online', vocabulary: 'educredentials:participationType' }]);
    expect(valuesOf(profile, 'supervision', 'supervision')).toEqual([
      { kind: 'supervision', supervised: true, idVerified: true, term: 'onsite with identity verification' },
      { kind: 'supervision', idVerified: true },
    ]);
  });

  it('finds the ESCO skill and the description as learning outcomes', () => {
    expect(valuesOf(profile, 'learning-outcomes', 'skill')).toEqual([
      { kind: 'skill', uri: 'http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7', framework: 'esco', label: 'analyse big data' },
    ]);
    expect(valuesOf(profile, 'learning-outcomes', 'text')).toEqual([{ kind: 'text', text: 'The learner interprets classroom data and explains it to colleagues.' }]);
  });

  it('reads the grade from the result with the scale of its result description', () => {
    expect(valuesOf(profile, 'grade', 'grade')).toEqual([{ kind: 'grade', value: '8.5', scale: { name: 'Final grade', type: 'ext:ECTSGradeScore', min: '1', max: '10', required: '6' } }]);
  });

  it('reads stackability and the criteria page as further information', () => {
    expect(valuesOf(profile, 'stackability', 'stackability')).toEqual([{ kind: 'stackability', stackable: true }]);
    expect(valuesOf(profile, 'further-information', 'link')).toEqual([{ kind: 'link', url: 'https://science.example.nl/courses/data-literacy' }]);
  });

  it('records which conventions contributed', () => {
    expect(profile.conventions).toEqual(expect.arrayContaining(['vc', 'ob3', 'educredentials', 'edubadges']));
  });

  it('reports paths that point at the values', () => {
    for (const entry of profile.elements.flatMap((e) => e.values)) expect(readPath(OB3, entry.path), entry.path).toBeDefined();
  });
});

describe('EQF alignments in the conventions implementers use', () => {
  const withAlignment = (alignment: JsonObject): EuProfile =>
    extractEuProfile({
      document: { type: ['VerifiableCredential', 'OpenBadgeCredential'], credentialSubject: { achievement: { name: 'x', alignment: [alignment] } } },
      family: 'vc',
      coveredByProof: true,
    });

  it.each([
    ['educredentials ext:EQF with a code', { targetType: 'ext:EQF', targetCode: '4', targetName: 'EQF level 4', targetUrl: 'https://example.org/eqf' }, 4, 'educredentials'],
    ['the Edubadges wiki ext:EQFLevel with a name only', { targetType: 'ext:EQFLevel', targetName: 'EQF level 5', targetUrl: 'https://example.org/eqf' }, 5, 'edubadges'],
    ['the Edubadges server ext:EQFAlignment with a concept URI', { targetType: 'ext:EQFAlignment', targetName: 'Level 6', targetUrl: 'http://data.europa.eu/snb/eqf/6' }, 6, 'edubadges'],
    ['targetFramework "European Qualifications Framework"', { targetFramework: 'European Qualifications Framework', targetCode: 'EQF 7', targetName: 'x', targetUrl: 'https://example.org/eqf' }, 7, 'ob3'],
    ['a bare EQF concept URI', { targetName: 'Level 8', targetUrl: 'https://data.europa.eu/snb/eqf/8' }, 8, 'ob3'],
  ])('reads %s', (_convention, alignment, level, convention) => {
    const profile = withAlignment(alignment);
    expect(entries(profile, 'level')).toMatchObject([{ value: { kind: 'eqf', level }, convention }]);
    expect(valuesOf(profile, 'learning-outcomes', 'skill')).toEqual([]);
  });

  it('keeps an EQF alignment it cannot read as a level, and reports it', () => {
    const profile = withAlignment({ targetType: 'ext:EQF', targetCode: 'nine', targetName: 'EQF level nine', targetUrl: 'https://example.org/eqf' });
    expect(valuesOf(profile, 'level', 'framework-level')).toEqual([{ kind: 'framework-level', framework: 'EQF', uri: 'https://example.org/eqf', code: 'nine', label: 'EQF level nine' }]);
    expect(codes(profile)).toContain('EQF_LEVEL_MALFORMED');
  });

  it('reports EQF levels that disagree', () => {
    const profile = extractEuProfile({
      document: { credentialSubject: { achievement: { name: 'x', alignment: [{ targetType: 'ext:EQF', targetCode: '4', targetUrl: 'https://e.org' }, { targetUrl: 'http://data.europa.eu/snb/eqf/5', targetName: 'x' }] } } },
      family: 'vc',
      coveredByProof: true,
    });
    expect(profile.warnings.find((w) => w.code === 'EU_VALUES_DISAGREE')?.detail).toBe(
      'EQF level differ: 4 at $.credentialSubject.achievement.alignment[0], 5 at $.credentialSubject.achievement.alignment[1]',
    );
  });
});

describe('an OB 2.0 Edubadges assertion with its retrieved BadgeClass and issuer', () => {
  const profile = extractEuProfile({ document: OB2_ASSERTION, family: 'ob2', ob2: { badgeClass: OB2_BADGE_CLASS, issuer: OB2_ISSUER }, coveredByProof: true });

  it('states all eleven mandatory elements', () => {
    expect(profile.completeness).toMatchObject({ mandatoryPresent: 11, missing: [] });
  });

  it('reads the extension objects from the retrieved BadgeClass, with paths in that document', () => {
    expect(entries(profile, 'workload')).toMatchObject([
      { value: { kind: 'ects', credits: 2.5, assumed: false }, path: "$['extensions:ECTSExtension'].ECTS", document: 'badge-class', convention: 'edubadges', covered: true },
      { value: { kind: 'hours', hours: 70 }, path: "$['extensions:StudyLoadExtension'].StudyLoad", document: 'badge-class' },
    ]);
    expect(entries(profile, 'level')).toMatchObject([{ value: { kind: 'eqf', level: 7 }, path: "$['extensions:EQFExtension'].EQF", document: 'badge-class' }]);
    expect(profile.views).toMatchObject({ ects: 2.5, hours: 70, hoursPerEcts: 28, eqfLevel: 7 });
    for (const entry of profile.elements.flatMap((e) => e.values).filter((e) => e.document === 'badge-class')) {
      expect(readPath(OB2_BADGE_CLASS, entry.path), entry.path).toBeDefined();
    }
  });

  it("reads the institution's country, name and identifier from the issuer's extensions", () => {
    expect(entries(profile, 'issuer-country')).toMatchObject([{ value: { kind: 'country', code: 'NL', alpha3: 'NLD' }, document: 'issuer', path: "$['extensions:InstitutionCountryExtension'].InstitutionCountry" }]);
    expect(valuesOf(profile, 'awarding-body', 'organisation')).toEqual([
      { kind: 'organisation', role: 'issuer', id: 'https://api.edubadges.example.nl/public/issuers/iss-1', name: 'Centre for Teaching', homepage: 'https://teaching.example.nl', identifiers: [{ scheme: 'email', value: 'badges@teaching.example.nl' }] },
      { kind: 'organisation', role: 'parent-org', name: 'Universiteit Zuid', identifiers: [{ scheme: 'InstitutionIdentifier', value: '22OJ' }] },
    ]);
  });

  it('reads the plain keys: participation, assessment, supervision, stackability, quality assurance, grade', () => {
    expect(valuesOf(profile, 'participation', 'term')).toEqual([{ kind: 'term', term: 'blended', vocabulary: 'edubadges:participation' }]);
    expect(valuesOf(profile, 'assessment', 'term')).toEqual([{ kind: 'term', term: 'portfolio', vocabulary: 'edubadges:assessmentType' }]);
    expect(valuesOf(profile, 'supervision', 'supervision')).toEqual([
      { kind: 'supervision', supervised: false },
      { kind: 'supervision', idVerified: false },
    ]);
    expect(valuesOf(profile, 'stackability', 'stackability')).toEqual([{ kind: 'stackability', stackable: false }]);
    expect(valuesOf(profile, 'quality-assurance', 'quality-assurance')).toEqual([{ kind: 'quality-assurance', name: 'Internal QA board', url: 'https://teaching.example.nl/qa' }]);
    expect(entries(profile, 'grade')).toMatchObject([{ value: { kind: 'grade', value: '7.5' }, document: 'credential', path: '$.grade_achieved' }]);
  });

  it('identifies the learner by the hashed recipient and dates the badge by issuedOn', () => {
    expect(valuesOf(profile, 'learner', 'identifier')).toEqual([{ kind: 'identifier', scheme: 'email', value: 'sha256$abcd', hashed: true }]);
    expect(valuesOf(profile, 'issue-date', 'date')).toEqual([{ kind: 'date', date: '2024-11-05T10:00:00Z', meaning: 'issued' }]);
  });

  it('finds the learning outcome extension, the ESCO alignment and the description', () => {
    expect(valuesOf(profile, 'learning-outcomes', 'text').map((v) => v.text)).toEqual(['Designs lessons that every learner can follow.', 'Design a lesson for a mixed-ability class.']);
    expect(profile.views.escoSkills).toEqual([{ uri: 'http://data.europa.eu/esco/skill/5bb7a4a5-4c3c-4b64-b44f-5e9b3a1ef4a7', label: 'design curriculum' }]);
  });

  it('claims to be a micro-credential by its Edubadges badge class type', () => {
    expect(profile.claimsMicroCredential).toEqual({ claimed: true, signals: [{ signal: 'badge-class-type', path: '$.badgeClassType', document: 'badge-class', value: 'micro_credential' }] });
  });

  it('marks BadgeClass values as covered exactly as the caller says', () => {
    const uncovered = extractEuProfile({ document: OB2_ASSERTION, family: 'ob2', ob2: { badgeClass: OB2_BADGE_CLASS, issuer: OB2_ISSUER }, coveredByProof: false });
    expect(uncovered.elements.flatMap((e) => e.values).filter((e) => e.covered)).toEqual([]);
  });
});

describe('an OB 2.0 assertion with its BadgeClass embedded', () => {
  const embedded: JsonObject = { ...OB2_ASSERTION, badge: { ...OB2_BADGE_CLASS, issuer: OB2_ISSUER } };

  it('reads the embedded BadgeClass and issuer when no retrieved copy is given, with paths in the assertion', () => {
    const profile = extractEuProfile({ document: embedded, family: 'ob2', coveredByProof: true });
    expect(entries(profile, 'workload')[0]).toMatchObject({ path: "$.badge['extensions:ECTSExtension'].ECTS", document: 'credential' });
    expect(entries(profile, 'issuer-country')[0]).toMatchObject({ path: "$.badge.issuer['extensions:InstitutionCountryExtension'].InstitutionCountry", document: 'credential' });
    for (const entry of profile.elements.flatMap((e) => e.values)) expect(readPath(embedded, entry.path), entry.path).toBeDefined();
  });

  it("prefers the issuer's retrieved BadgeClass over the embedded copy", () => {
    const changed: JsonObject = { ...OB2_BADGE_CLASS, name: 'As retrieved', 'extensions:ECTSExtension': { ECTS: 4 } };
    const profile = extractEuProfile({ document: embedded, family: 'ob2', ob2: { badgeClass: changed }, coveredByProof: true });
    expect(entries(profile, 'title')).toMatchObject([{ value: { kind: 'text', text: 'As retrieved' }, document: 'badge-class', path: '$.name' }]);
    expect(profile.views.ects).toBe(4);
  });
});

describe('Open Badges credits and their units', () => {
  it.each([
    ['"2,5"', '2,5', 2.5],
    ['"2.0"', '2.0', 2],
    ['2', 2, 2],
  ])('reads Edubadges ECTS stated as %s', (_shown, ects, expected) => {
    const profile = extractEuProfile({ document: { credentialSubject: { achievement: { name: 'x', ECTS: ects } } }, family: 'vc', coveredByProof: true });
    expect(profile.views.ects).toBe(expected);
  });

  it('prefers a stated ECTS value over unitless creditsAvailable, and reports when they disagree', () => {
    const profile = extractEuProfile({ document: { credentialSubject: { achievement: { name: 'x', ECTS: 3, creditsAvailable: 4 } } }, family: 'vc', coveredByProof: true });
    expect(profile.views.ects).toBe(3);
    expect(codes(profile)).toContain('EU_VALUES_DISAGREE');
    expect(codes(profile)).not.toContain('CREDITS_UNIT_ASSUMED');
  });

  it('reports an ECTS value that is not a number, and does not count it', () => {
    const profile = extractEuProfile({ document: { credentialSubject: { achievement: { name: 'x', ECTS: 'three' } } }, family: 'vc', coveredByProof: true });
    expect(profile.elements.find((e) => e.id === 'workload')!.present).toBe(false);
    expect(profile.warnings.find((w) => w.code === 'CREDITS_MALFORMED')?.detail).toBe('$.credentialSubject.achievement.ECTS is "three", not a non-negative number');
  });
});
