/// <reference types="mocha" />
/**
 * The EU micro-credential panel (Annex I of Council Recommendation 2022/C 243/02). The profiles
 * are extracted by the engine's own `extractEuProfile` from the EU corpus samples (the EC's Annex I
 * sample: 10 of 11, quality assurance missing; MyNextID's Open Badges 3.0 micro-credential: 6 of
 * 11) and put into the credential view of a verified corpus report, as the `eu-profile` check does.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VerificationReport } from '../../components/core/index.ts';
import { extractEuProfile } from '../../components/core/profile/index.ts';
import { ELEMENTS, MANDATORY_ELEMENTS, OPTIONAL_ELEMENTS, type ElementEntry, type ElementId, type EuProfile } from '../../components/core/profile/types.ts';
import { de } from '../../components/mc-verify/labels/de.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import { fr } from '../../components/mc-verify/labels/fr.ts';
import '../../components/mc-verify/mc-verify.ts';
import type { McVerify } from '../../components/mc-verify/mc-verify.ts';
import { formatDate } from '../../components/mc-verify/templates/text.ts';
import annexSample from '@corpus/eu/ec-elm/Sample-MC-Annex1-unsigned.jsonld?raw';
import openBadgeSample from '@corpus/eu/mynextid/open-badge-mc-example.json?raw';
import validStatus from '@corpus/dcc-verifier-core/v2-valid-status.json?raw';
import { corpusReport, shadow, sleep, until } from './helpers.ts';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The profile the engine extracts from a corpus document. */
function profileOf(json: string): EuProfile {
  return extractEuProfile({ document: JSON.parse(json) as Parameters<typeof extractEuProfile>[0]['document'], family: 'vc', coveredByProof: true, locale: 'en' });
}

let base: VerificationReport;
before(async () => {
  base = await corpusReport(validStatus);
  if (!base.credential) throw new Error('the corpus report has no credential view');
});

afterEach(() => fixtureCleanup());

/** A copy of the verified corpus report whose credential view carries `profile` (or none). */
function reportWith(profile: EuProfile | undefined): VerificationReport {
  const report = JSON.parse(JSON.stringify(base)) as VerificationReport;
  if (!report.credential) throw new Error('no credential view');
  if (profile) report.credential.euProfile = profile;
  else delete report.credential.euProfile;
  return report;
}

interface Options {
  compact?: boolean;
  lang?: string;
  theme?: 'light' | 'dark';
  headingLevel?: number;
}

async function show(profile: EuProfile | undefined, options: Options = {}): Promise<ShadowRoot> {
  const element = await fixture<McVerify>(
    html`<mc-verify
      ?compact=${options.compact === true}
      lang=${options.lang ?? 'en'}
      theme=${options.theme ?? 'light'}
      heading-level=${options.headingLevel ?? 2}
      .report=${reportWith(profile)}
    ></mc-verify>`,
  );
  const root = shadow(element);
  await until(() => root.querySelector('.verdict') !== null, 'the report');
  return root;
}

const row = (root: ShadowRoot, id: ElementId): Element | null => root.querySelector(`[part~="eu-element"][data-element="${id}"]`);
const value = (root: ShadowRoot, id: ElementId): string => text(row(root, id)?.querySelector('dd'));

/** Whether an element is rendered and not inside a hidden region. */
const visible = (element: Element | null): boolean => element !== null && element.closest('[hidden]') === null;

describe('EU micro-credential panel', () => {
  it('is absent when the credential view has no euProfile, in both layouts', async () => {
    for (const compact of [false, true]) {
      const root = await show(undefined, { compact });
      expect(root.querySelector('[part~="eu-profile"]'), compact ? 'compact' : 'full').to.not.exist;
      expect(root.querySelector('[part~="name"]')).to.exist;
    }
  });

  it('with every required element stated: "All 11 required elements stated", and no required marker', async () => {
    const profile = profileOf(annexSample);
    profile.completeness = { ...profile.completeness, mandatoryPresent: 11, missing: [] };
    const qa = profile.elements.find((element) => element.id === 'quality-assurance');
    if (!qa) throw new Error('no quality-assurance element');
    qa.present = true;
    qa.values = [{ value: { kind: 'quality-assurance', name: 'Institutional accreditation', url: 'https://qa.example.org/' }, path: '$.x', document: 'credential', convention: 'elm', covered: true }];
    const root = await show(profile);
    expect(text(root.querySelector('[part~="eu-completeness"]'))).to.equal(en.eu.complete(11));
    expect(root.querySelector('[part~="eu-completeness"]')?.getAttribute('data-complete')).to.equal('true');
    expect(root.querySelector('.eu-not-stated--required')).to.not.exist;
    expect(row(root, 'quality-assurance')?.querySelector<HTMLAnchorElement>('a[href]')?.href).to.equal('https://qa.example.org/');
  });

  describe("the EC's Annex I sample (full layout, English)", () => {
    const profile = profileOf(annexSample);
    let root: ShadowRoot;
    beforeEach(async () => {
      root = await show(profile);
    });

    it('says at a glance how complete it is, what is missing, and that it claims to be a micro-credential', () => {
      expect(text(root.querySelector('[part~="eu-completeness"]'))).to.equal('10 of 11 required elements stated — missing: type of quality assurance');
      expect(root.querySelector('[part~="eu-completeness"] svg[aria-hidden="true"]')).to.exist;
      expect(text(root.querySelector('[part~="eu-summary"]'))).to.equal('2 ECTS credits · EQF level 6');
      expect(text(root.querySelector('[part~="eu-claim"]'))).to.equal(en.eu.claimed);
    });

    it('lists the 11 required elements in Annex I order, then the 5 optional ones, as definition lists', () => {
      const lists = [...root.querySelectorAll('[part~="eu-profile"] dl[part~="eu-elements"]')];
      expect(lists).to.have.length(2);
      const ids = (list: Element | undefined): string[] => [...(list?.querySelectorAll(':scope > div') ?? [])].map((div) => div.getAttribute('data-element') ?? '');
      expect(ids(lists[0])).to.deep.equal([...MANDATORY_ELEMENTS]);
      expect(ids(lists[1])).to.deep.equal([...OPTIONAL_ELEMENTS]);
      for (const id of ELEMENTS) {
        const element = row(root, id);
        expect(element?.querySelector(':scope > dt')?.textContent, id).to.equal(en.eu.elements[id].name);
        expect(element?.querySelector(':scope > dd'), id).to.exist;
      }
    });

    it('renders each value by kind', () => {
      expect(value(root, 'title')).to.equal('Digital micro-credential creation');
      expect(value(root, 'issuer-country')).to.include('Ireland').and.include('Dublin city');
      expect(value(root, 'awarding-body')).to.equal('University of Zed');
      const issued = row(root, 'issue-date')?.querySelector('time');
      expect(issued?.getAttribute('datetime')).to.equal('2022-12-31T23:00:00Z');
      expect(issued?.textContent).to.equal(formatDate('2022-12-31T23:00:00Z', 'en'));
      expect(value(root, 'learner')).to.include('Ana Andromeda').and.not.include('Given name');
      expect(value(root, 'workload')).to.include('2 ECTS credits').and.include('60 hours (30 hours per ECTS credit)').and.include('P60M');
      expect(value(root, 'participation')).to.include('Blended');
      expect(value(root, 'assessment')).to.include('artefact assessment');
      expect(value(root, 'supervision')).to.equal('Unsupervised, no identity verification');
      expect(value(root, 'grade')).to.include('Pass').and.include('Standard grading');
      expect(value(root, 'stackability')).to.equal(en.eu.notPartialQualification);
      expect(value(root, 'prerequisites')).to.include('EDC Online Credential Builder account');
    });

    it('links the EQF level to its URI and each ESCO skill, by its label, to its ESCO URI', () => {
      const eqf = row(root, 'level')?.querySelector<HTMLAnchorElement>('a[href]');
      expect(eqf?.href).to.equal('http://data.europa.eu/snb/eqf/6');
      expect(eqf?.textContent).to.include('EQF level 6');
      const skills = [...(row(root, 'learning-outcomes')?.querySelectorAll<HTMLAnchorElement>('[part~="eu-skills"] a[href^="http://data.europa.eu/esco/skill/"]') ?? [])];
      expect(skills.map((a) => a.href)).to.deep.equal(profile.views.escoSkills.map((skill) => skill.uri));
      expect(text(skills[0])).to.include('stimulate creativity in the team');
      for (const link of skills) expect(link.rel).to.include('noopener');
    });

    it('marks the missing required element "Not stated" with an icon and words, not colour alone', () => {
      const missing = [...root.querySelectorAll('[part~="eu-element-missing"]')].map((element) => element.getAttribute('data-element'));
      expect(missing).to.deep.equal(['quality-assurance']);
      const marker = row(root, 'quality-assurance')?.querySelector('[part~="eu-not-stated"]');
      expect(text(marker)).to.equal(en.eu.notStated);
      expect(marker?.querySelector('svg[aria-hidden="true"]')).to.exist;
      expect(root.querySelectorAll('[part~="eu-not-stated"]')).to.have.length(1);
    });

    it("shows the profile's warnings as plain sentences, without repeating the missing element", () => {
      const warnings = [...root.querySelectorAll('[part~="eu-warnings"] li')].map(text);
      expect(warnings).to.deep.equal([en.problems.DURATION_MONTHS_SUSPICIOUS]);
    });

    it('puts its headings below the credential details, at the levels that follow heading-level', () => {
      expect(text(root.querySelector('[part~="eu-profile"] h4'))).to.equal(en.checks['eu-profile'].name);
      expect([...root.querySelectorAll('[part~="eu-profile"] h5')].map(text)).to.deep.equal([en.eu.mandatoryHeading, en.eu.optionalHeading, en.eu.warningsHeading]);
    });

    it('shows where each value comes from behind a button that says whether it is open', () => {
      const button = [...root.querySelectorAll<HTMLButtonElement>('[part~="eu-profile"] button.expander')].find((b) => text(b).startsWith(en.eu.sources));
      expect(button?.getAttribute('aria-expanded')).to.equal('false');
      const region = root.getElementById(button?.getAttribute('aria-controls') ?? '');
      expect(region?.hidden).to.equal(true);
      button?.click();
      expect(button?.getAttribute('aria-expanded')).to.equal('true');
      expect(region?.hidden).to.equal(false);
      const paths = [...(region?.querySelectorAll('code') ?? [])].map((code) => code.textContent);
      expect(paths).to.include('$.credentialSubject.hasClaim.specifiedBy.creditPoint.point');
      expect(paths).to.include('$.credentialSubject.hasClaim.specifiedBy.volumeOfLearning');
      expect(paths).to.include('$.displayParameter.title');
      expect(text(region)).to.include('European Learning Model');
    });

    it('opens and closes "Where each value comes from" with Enter and Space', async () => {
      const button = [...root.querySelectorAll<HTMLButtonElement>('[part~="eu-profile"] button.expander')].find((b) => text(b).startsWith(en.eu.sources));
      const region = root.getElementById(button?.getAttribute('aria-controls') ?? '');
      button?.focus();
      await sendKeys({ press: 'Enter' });
      expect(button?.getAttribute('aria-expanded')).to.equal('true');
      expect(region?.hidden).to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(button?.getAttribute('aria-expanded')).to.equal('false');
      expect(region?.hidden).to.equal(true);
    });
  });

  describe("MyNextID's Open Badges 3.0 micro-credential", () => {
    const profile = profileOf(openBadgeSample);

    it('names the five missing required elements and marks every element not stated', async () => {
      const root = await show(profile);
      expect(text(root.querySelector('[part~="eu-completeness"]'))).to.equal(
        '6 of 11 required elements stated — missing: country or region of the issuer, level (EQF, QF-EHEA), type of assessment, form of participation, and type of quality assurance',
      );
      expect(text(root.querySelector('[part~="eu-summary"]'))).to.equal('5 ECTS credits');
      const missing = [...root.querySelectorAll('[part~="eu-element-missing"]')].map((element) => element.getAttribute('data-element'));
      expect(missing).to.deep.equal(['issuer-country', 'level', 'assessment', 'participation', 'quality-assurance', ...OPTIONAL_ELEMENTS]);
      expect(root.querySelectorAll('.eu-not-stated--required')).to.have.length(5);
    });

    it('shows its values: assumed ECTS, ESCO skills, the issuer as awarding body, a hashed learner never shown', async () => {
      const root = await show(profile);
      expect(value(root, 'workload')).to.include('5 ECTS credits').and.include(en.eu.ectsAssumed);
      expect(value(root, 'awarding-body')).to.include('NETIS d.o.o.').and.include(en.eu.roles.issuer);
      expect(value(root, 'learner')).to.equal(en.ui.recipientHashed(en.ui.identityKinds.email));
      expect(value(root, 'learner')).to.not.include('sha256');
      const skills = [...(row(root, 'learning-outcomes')?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].map((a) => [text(a.firstElementChild), a.href]);
      expect(skills).to.deep.include(['Develop test procedures', 'http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4']);
      expect(text(root.querySelector('[part~="eu-claim"]'))).to.equal(en.eu.claimed);
      expect([...root.querySelectorAll('[part~="eu-warnings"] li')].map(text)).to.deep.equal([en.problems.CREDITS_UNIT_ASSUMED]);
    });
  });

  describe('in other languages', () => {
    const profile = profileOf(annexSample);

    it('German: element names after the Recommendation, the country by its German name', async () => {
      const root = await show(profile, { lang: 'de' });
      await until(() => text(root.querySelector('[part~="eu-completeness"]')).startsWith('10 von 11'), 'German labels');
      expect(text(root.querySelector('[part~="eu-completeness"]'))).to.equal('10 von 11 Pflichtangaben vorhanden — nicht angegeben: Art der Qualitätssicherung');
      expect(value(root, 'issuer-country')).to.include('Irland');
      expect(text(row(root, 'learning-outcomes')?.querySelector('dt'))).to.equal('Lernergebnisse');
      expect(text(row(root, 'workload')?.querySelector('dt'))).to.equal('Fiktiver Arbeitsaufwand');
      expect(value(root, 'workload')).to.include(de.eu.ects(2, '2')).and.include('60 Stunden (30 Stunden je ECTS-Punkt)');
      expect(value(root, 'supervision')).to.equal(de.eu.supervision['unsupervised-unverified']);
      expect(text(root.querySelector('[part~="eu-summary"]'))).to.equal('2 ECTS-Punkte · EQR-Niveau 6');
    });

    it('French: element names after the Recommendation, the country by its French name', async () => {
      const root = await show(profile, { lang: 'fr' });
      await until(() => text(root.querySelector('[part~="eu-completeness"]')).includes('sur 11'), 'French labels');
      expect(value(root, 'issuer-country')).to.include('Irlande');
      expect(text(row(root, 'learning-outcomes')?.querySelector('dt'))).to.equal("Acquis d'apprentissage");
      expect(text(row(root, 'workload')?.querySelector('dt'))).to.equal('Charge de travail théorique');
      expect(text(root.querySelector('[part~="eu-completeness"]'))).to.include(fr.eu.missing(fr.eu.elements['quality-assurance'].inSentence));
      expect(value(root, 'issue-date')).to.include(formatDate('2022-12-31T23:00:00Z', 'fr'));
    });
  });

  describe('compact layout', () => {
    it('shows only the completeness line and the ECTS/EQF summary, in view without opening anything', async () => {
      const root = await show(profileOf(annexSample), { compact: true });
      const panel = root.querySelector('[part~="eu-profile"]');
      expect(visible(panel)).to.equal(true);
      expect(text(panel?.querySelector('[part~="eu-completeness"]'))).to.equal('10 of 11 required elements stated — missing: type of quality assurance');
      expect(text(panel?.querySelector('[part~="eu-summary"]'))).to.equal('2 ECTS credits · EQF level 6');
      expect(root.querySelectorAll('[part~="eu-profile"]')).to.have.length(1);
      for (const part of ['eu-element', 'eu-claim', 'eu-warnings', 'eu-sources']) expect(root.querySelector(`[part~="${part}"]`), part).to.not.exist;
      expect(panel?.querySelector('button, a, dl, h2, h3, h4, h5, h6')).to.not.exist;
    });

    it('leaves the summary line out when the credential states neither ECTS nor EQF', async () => {
      const profile = profileOf(annexSample);
      delete profile.views.ects;
      delete profile.views.eqfLevel;
      const root = await show(profile, { compact: true });
      expect(root.querySelector('[part~="eu-completeness"]')).to.exist;
      expect(root.querySelector('[part~="eu-summary"]')).to.not.exist;
    });

  });
});

describe('EU micro-credential panel: axe finds no violations', () => {
  const samples: readonly [string, string][] = [
    ['EC Annex I sample', annexSample],
    ['MyNextID Open Badges 3.0', openBadgeSample],
  ];
  for (const [name, json] of samples) {
    for (const theme of ['light', 'dark'] as const) {
      for (const compact of [false, true]) {
        it(`${name}, ${theme}${compact ? ', compact' : ''}`, async () => {
          const element = await fixture<McVerify>(html`<mc-verify theme=${theme} ?compact=${compact} .report=${reportWith(profileOf(json))}></mc-verify>`);
          await until(() => shadow(element).querySelector('[part~="eu-profile"]') !== null, 'the panel');
          // Open every expander, so axe also checks what they reveal.
          for (const button of shadow(element).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
          await expect(element).to.be.accessible();
        });
      }
    }
  }
});

describe('EU micro-credential panel: credential content never runs', () => {
  const RUN = 'window.__xss=1';
  const PAYLOADS = [`<img src=x onerror="${RUN}">`, `<script>${RUN}</script>`, `"><svg onload=${RUN}>`, `</bdi><img src=x onerror=${RUN}>`];

  /** An entry at a hostile path, not covered by the signature. */
  const entry = (value: ElementEntry['value'], path: string): ElementEntry => ({ value, path, document: 'credential', convention: 'elm', covered: false });

  function hostileProfile(): EuProfile {
    const profile = profileOf(annexSample);
    const [img, script, breakout, bdi] = PAYLOADS as [string, string, string, string];
    const add = (id: ElementId, ...entries: ElementEntry[]): void => {
      const element = profile.elements.find((e) => e.id === id);
      if (!element) throw new Error(id);
      element.values.push(...entries);
      element.present = true;
    };
    add('title', entry({ kind: 'text', text: { en: img } }, `$.title${breakout}`), entry({ kind: 'text', text: { [`en"><img src=x onerror=${RUN}>`]: script } }, img));
    add(
      'learning-outcomes',
      entry(
        {
          kind: 'outcome',
          title: { en: bdi },
          skills: [
            { uri: `javascript:${RUN}`, label: script, framework: 'esco' },
            { uri: `JaVaScRiPt:${RUN}`, label: { en: img }, framework: 'other', code: breakout },
            { uri: `data:text/html,<script>${RUN}</script>`, framework: 'digcomp' },
          ],
        },
        `$.outcome<script>${RUN}</script>`,
      ),
      entry({ kind: 'skill', uri: `java\tscript:${RUN}`, label: img, framework: 'esco' }, img),
    );
    add('level', entry({ kind: 'eqf', level: 6, uri: `javascript:${RUN}` }, breakout), entry({ kind: 'framework-level', framework: script, label: img, uri: `javascript:${RUN}` }, bdi));
    add('awarding-body', entry({ kind: 'organisation', role: 'creator', name: { en: img }, id: script, homepage: `javascript:${RUN}`, identifiers: [] }, script));
    add('issuer-country', entry({ kind: 'country', code: img, label: script }, img), entry({ kind: 'region', label: { en: breakout } }, img));
    add('issue-date', entry({ kind: 'date', date: img, meaning: 'awarded' }, img));
    add('learner', entry({ kind: 'identifier', scheme: img, value: script, hashed: false, country: breakout }, img));
    add('quality-assurance', entry({ kind: 'quality-assurance', name: img, url: `javascript:${RUN}`, agent: script, description: bdi.repeat(200), type: { label: breakout } }, img));
    add('grade', entry({ kind: 'grade', value: img, scale: { name: script } }, img));
    add('stackability', entry({ kind: 'stackability', relation: 'part-of', target: `javascript:${RUN}`, label: img }, img));
    add('further-information', entry({ kind: 'link', url: `javascript:${RUN}`, label: img }, img), entry({ kind: 'text', text: `${script}\n`.repeat(100) }, img));
    add('supervision', entry({ kind: 'supervision', label: img, term: script }, img));
    add('participation', entry({ kind: 'term', term: img, vocabulary: script }, img), entry({ kind: 'concept', label: { en: script }, uri: `javascript:${RUN}` }, img));
    add('workload', entry({ kind: 'duration', iso: img }, img), entry({ kind: 'credits', credits: 3, frameworkLabel: script }, img));
    profile.claimsMicroCredential.signals.push({ signal: 'display-title', path: img, document: 'badge-class', value: script });
    return profile;
  }

  for (const compact of [false, true]) {
    it(`renders payloads in labels, titles, URIs and paths as text${compact ? ' (compact)' : ''}`, async () => {
      window.__xss = undefined;
      const root = await show(hostileProfile(), { compact });
      for (const button of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
      await sleep(200);
      expect(window.__xss, 'a payload ran').to.equal(undefined);
      expect(root.querySelector('script, iframe, object, embed'), 'an element from a payload').to.not.exist;
      expect(root.querySelectorAll('img'), 'an image from a payload').to.have.length(root.querySelectorAll('img.credential__image').length);
      for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(link.protocol, link.href).to.be.oneOf(['http:', 'https:']);
      for (const element of root.querySelectorAll('*')) {
        const handlers = [...element.attributes].filter((attribute) => attribute.name.startsWith('on'));
        expect(handlers.map((attribute) => attribute.name), element.localName).to.deep.equal([]);
      }
      for (const element of root.querySelectorAll('[lang]')) expect(element.getAttribute('lang')).to.match(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i);
      if (!compact) {
        const panel = text(root.querySelector('[part~="eu-profile"]'));
        expect(panel).to.include(`<img src=x onerror="${RUN}">`);
        expect(panel).to.include(`<script>${RUN}</script>`);
        expect(text(root.querySelector('[part~="eu-sources"]'))).to.include(`$.outcome<script>${RUN}</script>`);
        expect(text(root.querySelector('[part~="eu-sources"]'))).to.include(en.eu.notCovered);
      }
    });
  }
});
