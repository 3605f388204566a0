/** Cold timings: each sample is a fresh node process (through tsx) that verifies one credential once. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ColdSample } from './cold-start.ts';
import type { SubjectName } from './subjects.ts';
import { median } from './timing.ts';

const COLD_START = fileURLToPath(new URL('./cold-start.ts', import.meta.url));
const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

export interface ColdFigures {
  processes: number;
  /** Median of the first verification in each process. */
  firstMs: number;
  /** Median of importing the subject's modules before that. */
  loadMs: number;
}

export function measureCold(subject: SubjectName, file: string, processes: number): ColdFigures {
  const samples = Array.from({ length: processes }, () => runColdProcess(subject, file));
  return {
    processes,
    firstMs: median(samples.map((sample) => sample.firstMs)),
    loadMs: median(samples.map((sample) => sample.loadMs)),
  };
}

function runColdProcess(subject: SubjectName, file: string): ColdSample {
  const child = spawnSync(process.execPath, ['--import', 'tsx', COLD_START, subject, file], { cwd: REPOSITORY, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`cold ${subject} ${file} exited with ${String(child.status)}: ${child.stderr.trim().split('\n').slice(0, 5).join('\n')}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ColdSample;
}
