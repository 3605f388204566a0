/**
 * MyNextID's micro-credential in two formats (MyNextID/credentials 2e74d70, MIT): an EDC sealed
 * with a production e-seal (and its unsigned example) and an Open Badges 3.0 "twin". Compared
 * element by element: where both state an element, the normalised values must agree; where the
 * twins differ, the difference is in the corpus files themselves and is pinned here so that a
 * change in extraction cannot hide behind it.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENTS, extractEuProfile, pickLanguage, type ElementId, type EuProfile } from '../../../components/core/profile/index.ts';
import type { Text } from '../../../components/core/report.ts';
import { codes, corpusJson, edcPayload, valuesOf } from './support.ts';

const edcSigned = extractEuProfile({ document: edcPayload('mynextid/edc-mc-signed.jsonld'), family: 'vc', coveredByProof: true });
const edcExample = extractEuProfile({ document: corpusJson('mynextid/edc-mc-example.json'), family: 'vc', coveredByProof: false });
const ob = extractEuProfile({ document: corpusJson('mynextid/open-badge-mc-example.json'), family: 'vc', coveredByProof: false });

const en = (text: Text | undefined) => pickLanguage(text, 'en')?.text;

/** What each element normalises to, for comparing formats. */
const normalised: Record<ElementId, (p: EuProfile) => unknown> = {
  learner: (p) => [...new Set(p.elements.find((e) => e.id === 'learner')!.values.map((entry) => entry.value.kind))],
  title: (p) => valuesOf(p, 'title', 'text').map((v) => en(v.text)),
  'issuer-country': (p) => p.views.countries.map((c) => c.code),
  'awarding-body': (p) => valuesOf(p, 'awarding-body', 'organisation').map((o) => en(o.name)),
  'issue-date': (p) => valuesOf(p, 'issue-date', 'date').map((d) => d.date.slice(0, 10)),
  'learning-outcomes': (p) => p.views.escoSkills.map((s) => s.uri),
  workload: (p) => p.views.ects,
  level: (p) => p.views.eqfLevel,
  assessment: (p) => valuesOf(p, 'assessment', 'concept').length + valuesOf(p, 'assessment', 'term').length,
  participation: (p) => valuesOf(p, 'participation', 'concept').map((c) => en(c.label)),
  'quality-assurance': (p) => p.elements.find((e) => e.id === 'quality-assurance')!.present,
  prerequisites: (p) => p.elements.find((e) => e.id === 'prerequisites')!.present,
  supervision: (p) => valuesOf(p, 'supervision', 'supervision').map((s) => en(s.label)),
  grade: (p) => valuesOf(p, 'grade', 'grade').map((g) => en(g.value)),
  stackability: (p) => p.elements.find((e) => e.id === 'stackability')!.present,
  'further-information': (p) => p.elements.find((e) => e.id === 'further-information')!.present,
};

/**
 * How the twins compare, element by element. `same`: both state it and the normalised values
 * agree. `differ`: both state it, with different content in the files. `edc-only` / `neither`.
 */
const COMPARISON: Record<ElementId, 'same' | 'differ' | 'edc-only' | 'neither'> = {
  // the EDC names the learner; the badge only has an id and a hashed e-mail address
  learner: 'differ',
  title: 'differ',
  'issuer-country': 'edc-only',
  'awarding-body': 'same',
  'issue-date': 'same',
  'learning-outcomes': 'differ',
  workload: 'same',
  level: 'edc-only',
  assessment: 'edc-only',
  participation: 'edc-only',
  'quality-assurance': 'neither',
  prerequisites: 'neither',
  supervision: 'edc-only',
  grade: 'edc-only',
  stackability: 'neither',
  'further-information': 'edc-only',
};

const present = (p: EuProfile, id: ElementId) => p.elements.find((e) => e.id === id)!.present;

describe('the MyNextID micro-credential as an EDC and as an Open Badge', () => {
  it.each(ELEMENTS.map((id) => [id, COMPARISON[id]] as const))('%s: %s', (id, relation) => {
    const edcValue = normalised[id](edcSigned);
    const obValue = normalised[id](ob);
    switch (relation) {
      case 'same':
        expect(present(edcSigned, id) && present(ob, id)).toBe(true);
        expect(obValue).toEqual(edcValue);
        break;
      case 'differ':
        expect(present(edcSigned, id) && present(ob, id)).toBe(true);
        expect(obValue).not.toEqual(edcValue);
        break;
      case 'edc-only':
        expect([present(edcSigned, id), present(ob, id)]).toEqual([true, false]);
        break;
      case 'neither':
        expect([present(edcSigned, id), present(ob, id)]).toEqual([false, false]);
    }
  });

  it('gives 5 ECTS in both formats; the badge states it as unitless creditsAvailable and says it was read as ECTS', () => {
    expect(valuesOf(edcSigned, 'workload', 'ects')).toEqual([{ kind: 'ects', credits: 5, assumed: false }]);
    expect(valuesOf(ob, 'workload', 'ects')).toEqual([{ kind: 'ects', credits: 5, assumed: true }]);
    expect(codes(ob)).toContain('CREDITS_UNIT_ASSUMED');
    expect(codes(edcSigned)).not.toContain('CREDITS_UNIT_ASSUMED');
  });

  it('names NETIS d.o.o. in both: the awarding body of the EDC, the issuer of the badge', () => {
    expect(valuesOf(edcSigned, 'awarding-body', 'organisation').map((o) => o.role)).toEqual(['awarding-body']);
    expect(valuesOf(ob, 'awarding-body', 'organisation').map((o) => o.role)).toEqual(['issuer']);
  });

  it('never presents the EDC seal owner (Velocert, issuing by mandate) as the awarding body', () => {
    expect(valuesOf(edcSigned, 'awarding-body', 'organisation').map((o) => en(o.name))).not.toContain('Velocert OÜ');
  });

  it('flags the EDC workload: 45 hours for 5 ECTS is 9 hours per credit', () => {
    expect(edcSigned.views).toMatchObject({ ects: 5, hours: 45, hoursPerEcts: 9 });
    expect(edcSigned.warnings.find((w) => w.code === 'WORKLOAD_RATIO_UNUSUAL')?.detail).toMatch(/^9 hours per ECTS credit: 45 hours at \$\.credentialSubject\.hasClaim\.specifiedBy\.volumeOfLearning for 5 ECTS/);
  });

  it("reports the EDC's ESCO skills given as urn:epass identifiers, and keeps them with their labels", () => {
    const skills = valuesOf(edcSigned, 'learning-outcomes', 'outcome').flatMap((o) => o.skills);
    expect(skills.map((s) => en(s.label))).toEqual(['Game theory', 'Rear game', 'Manage frustration', 'Blow moulding machine parts']);
    expect(skills.every((s) => s.framework === 'other')).toBe(true);
    expect(codes(edcSigned).filter((code) => code === 'ESCO_URI_MALFORMED')).toHaveLength(4);
    expect(ob.views.escoSkills.map((s) => en(s.label))).toEqual(['Develop test procedures', 'Analyse test data']);
  });

  it('claims to be a micro-credential in both: by the EDC display title, by the badge achievement type', () => {
    expect(edcSigned.claimsMicroCredential.signals.map((s) => s.signal)).toEqual(['display-title']);
    expect(ob.claimsMicroCredential.signals).toEqual([{ signal: 'achievement-type', path: '$.credentialSubject.achievement.achievementType', document: 'credential', value: 'MicroCredential' }]);
  });

  it('gives the same profile for the sealed payload and the unsigned example, apart from the learner and coverage', () => {
    const strip = (p: EuProfile) => p.elements.filter((e) => e.id !== 'learner').map((e) => ({ ...e, values: e.values.map(({ covered: _covered, ...rest }) => rest) }));
    expect(strip(edcExample)).toEqual(strip(edcSigned));
    expect(edcExample.completeness).toEqual(edcSigned.completeness);
  });

  it('reads the EDC supervision as stated, without guessing flags for an identifier it does not know', () => {
    expect(valuesOf(edcSigned, 'supervision', 'supervision')).toEqual([
      { kind: 'supervision', uri: 'urn:epass:idVerification:NNwzS1Tf', label: { de: 'Supervised with ID Verification', en: 'Supervised with ID Verification' } },
    ]);
  });
});
