/**
 * Work done in small slices when the page is idle (requestIdleCallback), so a long page with
 * constant DOM churn never gets a long task from the extension (research/security.md §6 G #85).
 * Items wait in order; each slice stops when its idle time runs out and asks for another.
 */

export interface IdleDeadline {
  timeRemaining(): number;
}

/** Asks for a callback when the page is idle: ctx.requestIdleCallback, or a timer where there is none. */
export type RequestIdle = (callback: (deadline: IdleDeadline) => void) => void;

export interface IdleSlices<T> {
  push(items: readonly T[]): void;
  readonly pending: number;
}

/** Time left in a slice below which it yields, in milliseconds. */
const MIN_SLICE_MS = 2;

export function createIdleSlices<T>(requestIdle: RequestIdle, process: (item: T) => void, afterSlice: () => void = () => undefined): IdleSlices<T> {
  const queue: T[] = [];
  let requested = false;

  const runSlice = (deadline: IdleDeadline) => {
    requested = false;
    // At least one item per slice, so work always moves forward.
    do {
      const item = queue.shift();
      if (item === undefined) break;
      process(item);
    } while (queue.length > 0 && deadline.timeRemaining() > MIN_SLICE_MS);
    afterSlice();
    if (queue.length > 0) request();
  };

  const request = () => {
    if (requested) return;
    requested = true;
    requestIdle(runSlice);
  };

  return {
    push(items) {
      if (items.length === 0) return;
      queue.push(...items);
      request();
    },
    get pending() {
      return queue.length;
    },
  };
}
