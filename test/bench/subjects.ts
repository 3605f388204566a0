/**
 * The three things the benchmark times, each as "verify these bytes once", all offline at the
 * corpus instant with the corpus documents. Each throws when it does not reach the expected
 * verdict, so a timing can never come from a failed verification.
 */
import type { VerifyOptions } from '../../components/core/index.ts';
import { CORPUS_NOW } from '../support/corpus.ts';
import { installOfflineFetch, type OfflineFetch } from './offline-fetch.ts';

export type SubjectName = 'mc-verify' | 'floor' | 'verifier-core';
export type Operation = () => Promise<void>;

export function engineOptions(documents: ReadonlyMap<string, unknown>): VerifyOptions {
  return { now: CORPUS_NOW, offline: true, documents };
}

let installed: OfflineFetch | undefined;

/** The process-wide offline fetch verifier-core needs, installed on first use. */
export function offlineFetch(documents: ReadonlyMap<string, unknown>): OfflineFetch {
  installed ??= installOfflineFetch(documents);
  return installed;
}

/** Each subject's modules are imported here, on demand, so a cold process loads only its own. */
export async function createOperation(subject: SubjectName, bytes: Uint8Array, documents: ReadonlyMap<string, unknown>): Promise<Operation> {
  switch (subject) {
    case 'mc-verify': {
      const { verify } = await import('../../components/core/index.ts');
      const options = engineOptions(documents);
      return async () => {
        const report = await verify(bytes, options);
        if (report.verdict !== 'verified') throw new Error(`mc-verify: ${report.verdict}: ${report.problems[0]?.detail ?? ''}`);
      };
    }
    case 'floor': {
      const { prepareFloor } = await import('./floors.ts');
      const floor = await prepareFloor(bytes, documents);
      return async () => {
        if (!(await floor.run())) throw new Error('floor: a signature did not verify');
      };
    }
    case 'verifier-core': {
      offlineFetch(documents);
      const { runVerifierCore, verifierCoreObjection } = await import('./verifier-core.ts');
      return async () => {
        const objection = verifierCoreObjection(await runVerifierCore(bytes));
        if (objection !== null) throw new Error(`verifier-core: ${objection}`);
      };
    }
  }
}
