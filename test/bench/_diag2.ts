import { corpusDocuments, corpusFile } from '../support/corpus.ts';
import { createCanonize } from './floor.ts';
import { median, timeOnce } from './timing.ts';
import { parseJsonObject, type JsonObject } from './json.ts';
const documents = corpusDocuments();
const canonize = createCanonize(documents, { staticContexts: false });
for (const f of process.argv.slice(2)) {
  const doc = parseJsonObject(corpusFile(f))!;
  const unsecured: JsonObject = { ...doc }; delete unsecured.proof;
  const proofs = (Array.isArray(doc.proof) ? doc.proof : [doc.proof]) as JsonObject[];
  const configs = proofs.map((p) => { const c: JsonObject = { ...p, '@context': doc['@context'] }; delete c.proofValue; return c; });
  const d: number[] = []; const cs: number[][] = configs.map(() => []);
  for (let i = 0; i < 400; i++) {
    const t = await timeOnce(() => canonize(unsecured));
    const ct = []; for (const c of configs) ct.push(await timeOnce(() => canonize(c)));
    if (i < 150) continue;
    d.push(t); ct.forEach((v, j) => cs[j]!.push(v));
  }
  console.log(f, 'doc', median(d).toFixed(2), 'configs', cs.map((c) => median(c).toFixed(2)).join(' '), proofs.map((p) => p.type).join(','));
}
