/**
 * The shared conformance corpus: every case, verified offline at the corpus instant with only the
 * documents url-map.json supplies, must meet the corpus rules (see `meetsRules`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { verify, type Verdict } from '../../components/core/index.ts';
import { CORPUS_CASES, CORPUS_NOW, corpusDocuments, corpusFile, meetsRules } from '../support/corpus.ts';

const documents = corpusDocuments();
const tally = { cases: 0, met: 0, exact: 0, strict: 0 };

describe('conformance corpus', () => {
  it.each(CORPUS_CASES.map((c) => [c.file, c] as const))('%s meets its expected verdict', async (_file, testCase) => {
    const report = await verify(corpusFile(testCase.file), { now: CORPUS_NOW, offline: true, documents });
    tally.cases++;
    if (testCase.strict) tally.strict++;
    if (report.verdict === testCase.expect) tally.exact++;
    const verdict: Verdict = report.verdict;
    expect(meetsRules(testCase, verdict), `${verdict} is not within ${testCase.accept.join(', ')}: ${report.problems[0]?.detail ?? ''}`).toBe(true);
    tally.met++;
  });

  afterAll(() => {
    console.log(`conformance corpus: ${tally.met} of ${tally.cases} cases meet the rules (${tally.strict} strict), ${tally.exact} exactly as expected`);
  });
});
