import jsonld from 'jsonld';
import { verify } from '../../components/core/index.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { median } from './timing.ts';
const documents = corpusDocuments();
const original = jsonld.canonize.bind(jsonld);
let calls = 0; let inside = 0;
(jsonld as { canonize: typeof jsonld.canonize }).canonize = async (doc, opts) => { calls++; const t = performance.now(); try { return await original(doc, opts); } finally { inside += performance.now() - t; } };
for (const f of process.argv.slice(2)) {
  const bytes = corpusFile(f);
  const opts = { now: CORPUS_NOW, offline: true, documents };
  for (let i = 0; i < 150; i++) await verify(bytes, opts);
  const totals: number[] = []; const insides: number[] = []; let c = 0;
  for (let i = 0; i < 300; i++) { calls = 0; inside = 0; const t = performance.now(); await verify(bytes, opts); totals.push(performance.now() - t); insides.push(inside); c = calls; }
  console.log(f.padEnd(64), 'canonize calls', c, 'total', median(totals).toFixed(2), 'inside canonize (overlapping sum)', median(insides).toFixed(2));
}
