/**
 * Code run in the content script's isolated world of a page (the execution context Chrome names
 * after the extension, "mc-verify"), through the DevTools protocol: what a compromised content
 * script could do is tried from there.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { eventually } from './harness.ts';

export interface ContentWorld {
  /** Evaluates `expression` in the isolated world, awaiting a promise, and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

export async function contentWorld(context: BrowserContext, page: Page): Promise<ContentWorld> {
  const cdp = await context.newCDPSession(page);
  let contextId = 0;
  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; name: string } }) => {
    if (event.context.name === 'mc-verify') contextId = event.context.id;
  });
  await cdp.send('Runtime.enable');
  await eventually(async () => contextId, (id) => id > 0, 'the content script’s isolated world');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { contextId, awaitPromise: true, returnByValue: true, expression })) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (exceptionDetails) throw new Error(`in the content script’s world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    },
  };
}
