/**
 * The JavaScript heap of the extension's service worker, through the DevTools protocol:
 * `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`. Playwright opens CDP sessions on
 * pages and frames only, so the worker target is attached from the browser's session
 * (`Target.attachToTarget`) and spoken to with `Target.sendMessageToTarget`.
 */
import type { Browser } from 'playwright-core';

export interface HeapUsage {
  /** Bytes in use after a full garbage collection. */
  usedBytes: number;
  /** Bytes the heap holds from the system. */
  totalBytes: number;
}

export interface SettledHeap extends HeapUsage {
  /** From the first measurement until the heap stopped shrinking or growing, in milliseconds. */
  settleMs: number;
}

export interface WorkerHeap {
  /** Collects garbage, then reads the heap. */
  measure(): Promise<HeapUsage>;
  /**
   * Measures every `intervalMs` until two measurements in a row differ by less than 1%: work the
   * worker still has queued (storage writes, say) holds memory until it is done.
   */
  settled(intervalMs?: number, timeoutMs?: number): Promise<SettledHeap>;
  detach(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message?: string };
}

/** Attaches to the service worker whose script is at `workerUrl`. */
export async function attachWorkerHeap(browser: Browser, workerUrl: string): Promise<WorkerHeap> {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url === workerUrl);
  if (!target) throw new Error(`no service worker target at ${workerUrl}`);
  // Not flattened: Playwright's CDPSession cannot address a child session, but it can relay messages to it.
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let lastId = 0;
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiting || reply.id === undefined) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error.message ?? 'the worker refused a DevTools command'));
    else waiting.resolve(reply.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  const measure = async () => {
    await send('HeapProfiler.collectGarbage');
    return heapUsage(await send('Runtime.getHeapUsage'));
  };
  return {
    measure,
    async settled(intervalMs = 1_000, timeoutMs = 60_000) {
      const started = Date.now();
      let last = await measure();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
        const next = await measure();
        if (Math.abs(next.usedBytes - last.usedBytes) < last.usedBytes / 100) return { ...next, settleMs: Date.now() - started };
        if (Date.now() - started > timeoutMs) throw new Error(`the worker's heap was still changing after ${timeoutMs} ms: ${last.usedBytes} then ${next.usedBytes} bytes`);
        last = next;
      }
    },
    async detach() {
      await session.send('Target.detachFromTarget', { sessionId });
      await session.detach();
    },
  };
}

function heapUsage(result: unknown): HeapUsage {
  const { usedSize, totalSize } = (result ?? {}) as { usedSize?: unknown; totalSize?: unknown };
  if (typeof usedSize !== 'number' || typeof totalSize !== 'number') throw new Error(`Runtime.getHeapUsage answered ${JSON.stringify(result)}`);
  return { usedBytes: usedSize, totalBytes: totalSize };
}
