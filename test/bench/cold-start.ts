/**
 * Child process for cold timings: loads one subject and verifies one credential once, in a process
 * that has done nothing else, then prints one JSON line. Usage: cold-start.ts SUBJECT FILE
 */
import { corpusDocuments, corpusFile } from '../support/corpus.ts';
import { createOperation, type SubjectName } from './subjects.ts';
import { timeOnce } from './timing.ts';

export interface ColdSample {
  /** Importing the subject's modules and preparing the call. */
  loadMs: number;
  /** The first verification. */
  firstMs: number;
}

const [subject, file] = process.argv.slice(2) as [SubjectName, string];
const bytes = corpusFile(file);
const documents = corpusDocuments();
let operation: (() => Promise<void>) | undefined;
const loadMs = await timeOnce(async () => {
  operation = await createOperation(subject, bytes, documents);
});
const firstMs = await timeOnce(() => operation!());
const sample: ColdSample = { loadMs, firstMs };
process.stdout.write(`${JSON.stringify(sample)}\n`);
