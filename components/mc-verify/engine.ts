/**
 * The verification engine, loaded on first use. A page that only renders finished reports (the
 * extension's side panel) never downloads it, and a page that verifies renders its progress view
 * while the engine arrives.
 */
type Engine = typeof import('../core/index.ts');

let engine: Promise<Engine> | undefined;

/** The engine module; the same promise for every caller. A failed load is retried on the next call. */
export function loadEngine(): Promise<Engine> {
  engine ??= import('../core/index.ts').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
