import { gunzipSync } from 'node:zlib';
import { corpusDocuments } from '../support/corpus.ts';
import { readCapped } from '../../components/core/fetch/read-capped.ts';
import { median, timeOnce } from './timing.ts';
const docs = corpusDocuments();
const list = docs.get('https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj') as { credentialSubject: { encodedList: string } };
const compressed = new Uint8Array(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
const ops: Record<string, () => Promise<unknown>> = {
  blobPipeReader: () => readCapped(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip')), 1 << 24),
  writerReader: async () => { const ds = new DecompressionStream('gzip'); const w = ds.writable.getWriter(); void w.write(compressed); void w.close(); return readCapped(ds.readable, 1 << 24); },
  responseArrayBuffer: () => new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(),
  gunzipSync: async () => gunzipSync(compressed),
};
for (let i = 0; i < 300; i++) for (const op of Object.values(ops)) await op();
const s: Record<string, number[]> = {};
for (let i = 0; i < 500; i++) for (const [k, op] of Object.entries(ops)) (s[k] ??= []).push(await timeOnce(op));
for (const k of Object.keys(ops)) console.log(k.padEnd(22), median(s[k]!).toFixed(3));
