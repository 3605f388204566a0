/** Timing primitives: a median, one timed call, warm samples taken in rounds, ratios. */

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

/** Samples of one operation: `rounds[r]` holds the consecutive calls timed in round r. */
export type Rounds = number[][];

/**
 * Warm samples of several operations, taken in rounds: each round times `block` consecutive calls
 * of each operation in turn. Alternating spreads a slow stretch of the machine over all of them;
 * blocks, not single calls, keep the garbage collector's scavenges (several ms, one every few
 * calls) from locking onto the same operation in every round.
 */
export async function sampleInRounds<K extends string>(
  operations: ReadonlyMap<K, () => Promise<unknown>>,
  { warmup, runs, block }: { warmup: number; runs: number; block: number },
): Promise<Map<K, Rounds>> {
  for (const operation of operations.values()) {
    for (let i = 0; i < warmup; i++) await operation();
  }
  const samples = new Map<K, Rounds>([...operations.keys()].map((key) => [key, []]));
  for (let round = 0; round < Math.ceil(runs / block); round++) {
    for (const [key, operation] of operations) {
      const times: number[] = [];
      for (let i = 0; i < block; i++) times.push(await timeOnce(operation));
      samples.get(key)!.push(times);
    }
  }
  return samples;
}

export function medianOfRounds(rounds: Rounds): number {
  return median(rounds.flat());
}

/**
 * a ÷ b as the median over rounds of the ratio of their medians within the round: a and b were
 * timed moments apart, so a drift in the machine's speed cancels out.
 */
export function ratioOfRounds(a: Rounds, b: Rounds): number {
  return median(a.map((round, r) => median(round) / median(b[r]!)));
}
