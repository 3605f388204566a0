/** Timing primitives: a median, one timed call, interleaved warm samples, paired ratios. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function timeOnce(operation: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await operation();
  return performance.now() - started;
}

/**
 * Warm samples of several operations measured in alternation (A, B, C, A, B, C...), so that a
 * slow stretch of the machine (another process, CPU frequency) lands on all of them alike.
 */
export async function interleavedSamples<K extends string>(
  operations: ReadonlyMap<K, () => Promise<unknown>>,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<Map<K, number[]>> {
  for (const operation of operations.values()) {
    for (let i = 0; i < warmup; i++) await operation();
  }
  const samples = new Map<K, number[]>([...operations.keys()].map((key) => [key, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, operation] of operations) samples.get(key)!.push(await timeOnce(operation));
  }
  return samples;
}

/**
 * The median of a[i] ÷ b[i] over samples taken side by side: steadier than the ratio of two
 * medians when the machine's speed drifts during the run.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => value / b[i]!));
}
