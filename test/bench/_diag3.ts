import { verify } from '../../components/core/index.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { median, timeOnce } from './timing.ts';
const documents = corpusDocuments();
for (const f of process.argv.slice(2)) {
  const bytes = corpusFile(f);
  const opts = { now: CORPUS_NOW, offline: true, documents };
  const total: number[] = [], inner: number[] = [], sum: number[] = [];
  for (let i = 0; i < 450; i++) {
    let r: Awaited<ReturnType<typeof verify>> | undefined;
    const t = await timeOnce(async () => { r = await verify(bytes, opts); });
    if (i < 150) continue;
    total.push(t); inner.push(r!.timings.totalMs); sum.push(Object.values(r!.timings.checks).reduce((a, b) => a + (b as number), 0));
  }
  console.log(f.padEnd(60), 'verify()', median(total).toFixed(2), 'report.totalMs', median(inner).toFixed(2), 'sum(checks)', median(sum).toFixed(2));
}
