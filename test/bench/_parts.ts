import { verify } from '../../components/core/index.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { createCanonize, planFloor, runFloor } from './floor.ts';
import { median } from './timing.ts';
import { readCapped } from '../../components/core/fetch/read-capped.ts';
const documents = corpusDocuments();
const file = process.argv[2]!;
const bytes = corpusFile(file);
const canonize = createCanonize(documents, { staticContexts: false });
const full = planFloor(bytes, documents);
const listDoc = full.statusLists[0]!;
const listBytes = new TextEncoder().encode(JSON.stringify(listDoc));
const credOnly = { ...full, statusLists: [] };
const listOnly = planFloor(listBytes, documents);
const opts = { now: CORPUS_NOW, offline: true, documents };
const enc = (listDoc.credentialSubject as { encodedList: string }).encodedList;
const compressed = new Uint8Array(Buffer.from(enc.slice(1), 'base64url'));
const ops: Record<string, () => Promise<unknown>> = {
  'engine(credential)': () => verify(bytes, opts),
  'floor(credential+list)': () => runFloor(full, canonize),
  'floor(credential only)': () => runFloor(credOnly, canonize),
  'floor(list only)': () => runFloor(listOnly, canonize),
  'engine(list as input)': () => verify(listBytes, opts),
  'gunzip DecompressionStream': () => readCapped(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip')), 1 << 24),
};
for (let i = 0; i < 150; i++) for (const op of Object.values(ops)) await op();
const wall: Record<string, number[]> = {}; const cpu: Record<string, number[]> = {};
for (let i = 0; i < 300; i++) for (const [k, op] of Object.entries(ops)) {
  const c = process.cpuUsage(); const t = performance.now(); await op(); const w = performance.now() - t; const d = process.cpuUsage(c);
  (wall[k] ??= []).push(w); (cpu[k] ??= []).push((d.user + d.system) / 1000);
}
console.log(file);
for (const k of Object.keys(ops)) console.log(`  ${k.padEnd(28)} wall ${median(wall[k]!).toFixed(2)}  cpu ${median(cpu[k]!).toFixed(2)}`);
