/**
 * The European Commission's worked example of an Annex I micro-credential (European-Learning-Model,
 * Credentials/JSON-LD Examples (ELM v3)/Sample-MC-Annex1-*.jsonld): the unsigned credential and
 * the payload of the sealed JAdES envelope. Every element it carries is found with its value; it
 * carries no quality assurance; its `P60M` on the learning activity is months, not hours.
 */
import { describe, expect, it } from 'vitest';
import { extractEuProfile, type EuProfile } from '../../../components/core/profile/index.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { codes, corpusJson, edcPayload, entries, readPath, valuesOf } from './support.ts';

const samples: [string, JsonObject][] = [
  ['the unsigned sample', corpusJson('ec-elm/Sample-MC-Annex1-unsigned.jsonld')],
  ['the payload of the sealed sample', edcPayload('ec-elm/Sample-MC-Annex1-signed.jsonld')],
];

const HC = '$.credentialSubject.hasClaim';

describe.each(samples)('the EC Annex I sample: %s', (_name, document) => {
  const profile: EuProfile = extractEuProfile({ document, family: 'vc', coveredByProof: true, locale: 'en' });

  it('identifies the learner by name, date of birth, national ID and e-mail address', () => {
    expect(valuesOf(profile, 'learner', 'name')).toContainEqual({ kind: 'name', part: 'full', text: { en: 'Ana Andromeda' } });
    expect(valuesOf(profile, 'learner', 'date')).toEqual([{ kind: 'date', date: '1999-10-01T22:00:00Z', meaning: 'birth' }]);
    expect(valuesOf(profile, 'learner', 'identifier')).toContainEqual({ kind: 'identifier', scheme: 'nationalID', value: 'LA-234218', hashed: false, country: 'IT' });
    // The sealed copy was issued to another address of the same learner.
    expect(valuesOf(profile, 'learner', 'identifier')).toContainEqual({ kind: 'identifier', scheme: 'email', value: expect.stringMatching(/^ana\.andromeda/), hashed: false });
  });

  it('takes the title from the learning achievement', () => {
    expect(entries(profile, 'title')[0]).toMatchObject({ value: { kind: 'text', text: { en: 'Digital micro-credential creation' } }, path: `${HC}.title`, convention: 'elm' });
  });

  it("reads Ireland from the awarding body's EU authority country URI, and Dublin as its region", () => {
    expect(valuesOf(profile, 'issuer-country', 'country')).toEqual([{ kind: 'country', code: 'IE', alpha3: 'IRL', label: { en: 'Ireland' } }]);
    expect(valuesOf(profile, 'issuer-country', 'region')).toEqual([
      { kind: 'region', uri: 'http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB', label: { en: 'Dublin city' } },
    ]);
    expect(profile.views.countries).toEqual([{ code: 'IE', alpha3: 'IRL' }]);
  });

  it('names the University of Zed as the awarding body, with its registration and VAT numbers', () => {
    expect(valuesOf(profile, 'awarding-body', 'organisation')).toEqual([
      {
        kind: 'organisation',
        role: 'awarding-body',
        id: 'urn:epass:org:1',
        name: { en: 'University of Zed' },
        homepage: 'https://uniz.edu',
        identifiers: [
          { scheme: 'registration', value: '0000' },
          { scheme: 'vat', value: '654321' },
          { scheme: 'Research Alliance', value: 'Res1818' },
        ],
      },
    ]);
  });

  it('finds the date of issuing (and the earlier valid-from date)', () => {
    const dates = valuesOf(profile, 'issue-date', 'date');
    expect(dates).toContainEqual({ kind: 'date', date: '2022-12-31T23:00:00Z', meaning: 'valid-from' });
    if (typeof document.issued === 'string') expect(dates[0]).toEqual({ kind: 'date', date: '2023-09-27T13:54:17+02:00', meaning: 'issued' });
  });

  it('finds two learning outcomes with four ESCO skills and two DigComp skills, labelled as the credential labels them', () => {
    const outcomes = valuesOf(profile, 'learning-outcomes', 'outcome');
    expect(outcomes.map((outcome) => outcome.title)).toEqual([{ en: 'Communication, collaboration and creativity' }, { en: 'Developing digital content', es: 'Contento digital' }]);
    const skills = outcomes.flatMap((outcome) => outcome.skills);
    expect(skills.filter((skill) => skill.framework === 'esco')).toHaveLength(4);
    expect(skills.filter((skill) => skill.framework === 'digcomp').map((skill) => skill.uri)).toEqual(['http://data.europa.eu/snb/dcf/u69o196gu6', 'http://data.europa.eu/snb/dcf/3ol5wi3605']);
    expect(profile.views.escoSkills).toContainEqual({ uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a', label: { en: 'develop digital content' } });
    expect(profile.views.escoSkills).toHaveLength(4);
  });

  it('reads 2 ECTS from the string credit point and PT60H as 60 hours: 30 hours per credit, an ordinary ratio', () => {
    expect(entries(profile, 'workload').slice(0, 2)).toMatchObject([
      { value: { kind: 'ects', credits: 2, assumed: false }, path: `${HC}.specifiedBy.creditPoint.point` },
      { value: { kind: 'duration', iso: 'PT60H', hours: 60 }, path: `${HC}.specifiedBy.volumeOfLearning` },
    ]);
    expect(profile.views).toMatchObject({ ects: 2, hours: 60, hoursPerEcts: 30 });
    expect(codes(profile)).not.toContain('WORKLOAD_RATIO_UNUSUAL');
  });

  it('flags P60M on the learning activity as 60 months and does not turn it into hours', () => {
    const activity = entries(profile, 'workload').find((entry) => entry.path === `${HC}.influencedBy.specifiedBy.volumeOfLearning`);
    expect(activity?.value).toEqual({ kind: 'duration', iso: 'P60M' });
    const warning = profile.warnings.find((w) => w.code === 'DURATION_MONTHS_SUSPICIOUS');
    expect(warning?.detail).toContain(`${HC}.influencedBy.specifiedBy.volumeOfLearning`);
    expect(warning?.detail).toContain('"P60M"');
  });

  it('reads EQF level 6 from the concept URI and keeps the national level beside it', () => {
    expect(valuesOf(profile, 'level', 'eqf')).toEqual([{ kind: 'eqf', level: 6, uri: 'http://data.europa.eu/snb/eqf/6' }]);
    expect(valuesOf(profile, 'level', 'framework-level')).toEqual([{ kind: 'framework-level', framework: 'NQF', uri: 'http://data.europa.eu/snb/qdr/c_c392e7a2', label: { en: 'RQF Level 6' } }]);
    expect(profile.views.eqfLevel).toBe(6);
  });

  it('finds the type of assessment: an online artefact assessment', () => {
    const labels = valuesOf(profile, 'assessment', 'concept').map((concept) => concept.label);
    expect(labels).toEqual([{ en: 'artefact assessment' }, { en: 'Online' }]);
  });

  it('finds blended participation in non-formal learning', () => {
    const participation = valuesOf(profile, 'participation', 'concept');
    expect(participation[0]).toEqual({ kind: 'concept', uri: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d', scheme: 'http://data.europa.eu/snb/learning-assessment/25831c2', label: { en: 'Blended' } });
    expect(participation.map((concept) => concept.label)).toContainEqual({ en: 'non-formal learning' });
  });

  it('reports quality assurance missing, and every other mandatory element present', () => {
    expect(profile.completeness).toMatchObject({ mandatoryPresent: 10, mandatoryTotal: 11, missing: ['quality-assurance'] });
    expect(profile.warnings.filter((w) => w.code === 'EU_ELEMENT_MISSING').map((w) => w.detail)).toEqual([expect.stringContaining('quality-assurance')]);
  });

  it('finds the entry requirement as the prerequisite', () => {
    expect(valuesOf(profile, 'prerequisites', 'text')).toEqual([{ kind: 'text', text: { en: 'The learner needs to have an EDC Online Credential Builder account, that requires an EU Login ID.' } }]);
  });

  it('reads the assessment as unsupervised, without ID verification', () => {
    expect(valuesOf(profile, 'supervision', 'supervision')).toEqual([
      { kind: 'supervision', supervised: false, idVerified: false, uri: 'http://data.europa.eu/snb/supervision-verification/c598449d64', label: { en: 'Unsupervised without ID Verification' } },
    ]);
  });

  it('finds the grade Pass with its grading scheme', () => {
    expect(valuesOf(profile, 'grade', 'grade')).toEqual([expect.objectContaining({ value: { en: 'Pass' }, scale: expect.objectContaining({ name: { en: 'Standard grading' } }) })]);
  });

  it('reads stackability from isPartialQualification: a stand-alone credential', () => {
    expect(valuesOf(profile, 'stackability', 'stackability')).toEqual([{ kind: 'stackability', partialQualification: false }]);
  });

  it('has all five optional elements', () => {
    expect(profile.completeness).toMatchObject({ optionalPresent: 5, optionalMissing: [] });
  });

  it('claims to be a micro-credential by its display title and its short-learning-programme type', () => {
    expect(profile.claimsMicroCredential.claimed).toBe(true);
    expect(profile.claimsMicroCredential.signals.map((s) => [s.signal, s.value])).toEqual([
      ['short-learning-programme', 'http://data.europa.eu/snb/learning-opportunity/74a4a268e8'],
      ['display-title', 'Micro-Credential'],
    ]);
  });

  it('reads every value by the ELM convention, marked as covered by the proof', () => {
    expect(profile.conventions).toEqual(['elm']);
    expect(profile.elements.flatMap((element) => element.values).every((entry) => entry.covered && entry.document === 'credential')).toBe(true);
  });

  it('reports paths that point at the values they were read from', () => {
    for (const entry of profile.elements.flatMap((element) => element.values)) {
      expect(readPath(document, entry.path), entry.path).toBeDefined();
    }
  });

  it('marks every value as not covered when the proof did not cover the document', () => {
    const uncovered = extractEuProfile({ document, family: 'vc', coveredByProof: false });
    expect(uncovered.elements.flatMap((element) => element.values).some((entry) => entry.covered)).toBe(false);
    expect(uncovered.completeness).toEqual(profile.completeness);
  });
});

describe('the EC Annex I sample, sealed and unsigned', () => {
  const [unsigned, sealed] = samples.map(([, document]) => extractEuProfile({ document, family: 'vc', coveredByProof: true }));

  it('gives the same elements apart from the learner (another e-mail address) and the issue date the seal adds', () => {
    const strip = (p: EuProfile) => p.elements.filter((element) => element.id !== 'issue-date' && element.id !== 'learner');
    expect(strip(sealed!)).toEqual(strip(unsigned!));
  });

  it('never presents the seal owner (issued by mandate) as the awarding body', () => {
    const names = valuesOf(sealed!, 'awarding-body', 'organisation').map((organisation) => organisation.name);
    expect(names).toEqual([{ en: 'University of Zed' }]);
  });
});
