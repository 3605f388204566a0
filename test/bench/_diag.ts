import { verify } from '../../components/core/index.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { createCanonize, planFloor, runFloor } from './floor.ts';
import { median, timeOnce } from './timing.ts';
const documents = corpusDocuments();
for (const f of process.argv.slice(2)) {
  const bytes = corpusFile(f);
  const canonize = createCanonize(documents, { staticContexts: false });
  const plan = planFloor(bytes, documents);
  const checks: Record<string, number[]> = {};
  const total: number[] = []; const floor: number[] = [];
  for (let i = 0; i < 400; i++) {
    let report: Awaited<ReturnType<typeof verify>> | undefined;
    const t = await timeOnce(async () => { report = await verify(bytes, { now: CORPUS_NOW, offline: true, documents }); });
    const ft = await timeOnce(() => runFloor(plan, canonize));
    if (i < 150) continue;
    total.push(t); floor.push(ft);
    for (const [k, v] of Object.entries(report!.timings.checks)) (checks[k] ??= []).push(v as number);
  }
  console.log(f, 'engine', median(total).toFixed(2), 'floor', median(floor).toFixed(2), ' ', Object.entries(checks).filter(([, v]) => median(v) >= 0.05).map(([k, v]) => `${k}=${median(v).toFixed(2)}`).join(' '));
}
