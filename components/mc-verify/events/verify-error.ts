/** `mc-verify-error`: verification could not run at all. */
import type { ErrorReason } from '../labels/labels.ts';

/** The detail of `mc-verify-error`. */
export interface McVerifyErrorDetail {
  /** Why: `no-input`, `unsafe-src`, `trust-list`, `engine-unavailable` or `failed`. */
  reason: ErrorReason;
  /** A technical description, for logs. */
  message: string;
}

/**
 * Fired when no report could be produced: nothing to verify, a `src` that is not an http(s) URL,
 * a trust list that could not be loaded, the engine not loading, or an unexpected failure. A
 * credential that fails its checks is not an error: it completes with a verdict. Bubbles and
 * crosses shadow roots.
 */
export class McVerifyErrorEvent extends Event {
  readonly detail: McVerifyErrorDetail;

  constructor(detail: McVerifyErrorDetail) {
    super('mc-verify-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-verify-error': McVerifyErrorEvent;
  }
}
