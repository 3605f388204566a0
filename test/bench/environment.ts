/** Benchmark settings from the environment. */

/** A positive whole number from `name`, else `fallback`. */
export function numberFromEnvironment(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
