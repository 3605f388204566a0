/**
 * Connects the router to runtime.onMessage. Chrome keeps the channel open for an asynchronous
 * answer only when the listener returns true and answers through sendResponse; Firefox also takes
 * a returned promise (MDN runtime.onMessage), which is what a listener without sendResponse gets.
 */
import type { MessageSender } from '../messaging/trusted-sender.ts';
import type { MessageRoute } from './message-router.ts';

export type RuntimeMessageListener = (message: unknown, sender: MessageSender, sendResponse?: (response: unknown) => void) => true | Promise<unknown>;

export function messageListener(route: MessageRoute): RuntimeMessageListener {
  return (message, sender, sendResponse) => {
    const reply = route(message, sender);
    if (typeof sendResponse !== 'function') return reply;
    reply.then(sendResponse, () => sendResponse({ ok: false, error: 'the worker failed to answer' }));
    return true;
  };
}
