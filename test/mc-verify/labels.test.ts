/// <reference types="mocha" />
/**
 * Display text: every verdict, check and problem code has words in every language, and the
 * language is chosen as documented.
 */
import { expect } from '@open-wc/testing';
import { PROBLEM_CODES } from '../../components/core/problems.ts';
import { VERDICTS, type CheckId } from '../../components/core/report.ts';
import { de } from '../../components/mc-verify/labels/de.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import { es } from '../../components/mc-verify/labels/es.ts';
import { fi } from '../../components/mc-verify/labels/fi.ts';
import { fr } from '../../components/mc-verify/labels/fr.ts';
import { loadLabels, resolveLanguage } from '../../components/mc-verify/labels/index.ts';
import { it as italian } from '../../components/mc-verify/labels/it.ts';
import { UI_LANGUAGES, type Labels } from '../../components/mc-verify/labels/labels.ts';
import { nl } from '../../components/mc-verify/labels/nl.ts';
import { CHECK_IDS as PIPELINE_CHECKS } from '../../components/core/report.ts';

const ALL: readonly Labels[] = [en, de, fr, es, italian, nl, fi];
const CHECK_IDS: readonly CheckId[] = [...PIPELINE_CHECKS];

/** Every string in a labels object, with its path, functions called with sample arguments. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...args: unknown[]) => unknown)('X', 'Y'))]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, child]) => strings(child, `${path}.${key}`));
  return [];
}

describe('labels', () => {
  it('exist for every UI language, in the order of UI_LANGUAGES', () => {
    expect(ALL.map((labels) => labels.lang)).to.deep.equal([...UI_LANGUAGES]);
  });

  for (const labels of ALL) {
    describe(labels.lang, () => {
      it('have a plain-language sentence for every problem code the engine reports', () => {
        const missing = PROBLEM_CODES.filter((code) => typeof labels.problems[code] !== 'string' || labels.problems[code].trim() === '');
        expect(missing, `codes without a ${labels.lang} label`).to.deep.equal([]);
        expect(Object.keys(labels.problems).sort(), 'no labels for codes that do not exist').to.deep.equal([...PROBLEM_CODES].sort());
      });

      it('have a title, summary and chip word for every verdict', () => {
        for (const verdict of VERDICTS) {
          const label = labels.verdicts[verdict];
          expect([label.title, label.summary, label.chip].every((text) => text.trim() !== ''), verdict).to.equal(true);
        }
      });

      it('have a name and a sentence for every outcome of every check', () => {
        for (const id of CHECK_IDS) {
          const label = labels.checks[id];
          expect([label.name, label.passed, label.failed, label.error, label.notApplicable].every((text) => text.trim() !== ''), id).to.equal(true);
        }
      });

      it('have no empty text anywhere, and the same keys as English', () => {
        const own = strings(labels, labels.lang);
        expect(own.filter(([, text]) => text.trim() === '').map(([path]) => path)).to.deep.equal([]);
        expect(own.map(([path]) => path.slice(labels.lang.length))).to.deep.equal(strings(en, 'en').map(([path]) => path.slice(2)));
      });

      if (labels !== en) {
        it('are translated, not copied from English', () => {
          const same = strings(labels.problems, '').filter(([path, text]) => strings(en.problems, '').find(([p]) => p === path)?.[1] === text);
          expect(same.map(([path]) => path)).to.deep.equal([]);
        });
      }
    });
  }
});

describe('resolveLanguage', () => {
  it('matches on the primary language subtag and falls back to English', () => {
    expect(resolveLanguage('de-AT')).to.equal('de');
    expect(resolveLanguage('FR_ca')).to.equal('fr');
    expect(resolveLanguage('pt-BR', 'nl')).to.equal('nl');
    expect(resolveLanguage('tlh', undefined, '')).to.equal('en');
  });

  it('loads every language', async () => {
    for (const language of UI_LANGUAGES) expect((await loadLabels(language)).lang).to.equal(language);
  });
});
