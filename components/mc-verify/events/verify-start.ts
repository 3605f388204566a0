/** `mc-verify-start`: a verification has begun. */

/** The detail of `mc-verify-start`: where the credential being verified came from. */
export interface McVerifyStartDetail {
  /** `credential` (the property), `src` (the attribute) or `script` (a child `<script>`). */
  input: 'credential' | 'src' | 'script';
  /** The URL being verified, when `input` is `src`. */
  src?: string;
}

/** Fired when `<mc-verify>` starts verifying. Bubbles and crosses shadow roots. */
export class McVerifyStartEvent extends Event {
  readonly detail: McVerifyStartDetail;

  constructor(detail: McVerifyStartDetail) {
    super('mc-verify-start', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-verify-start': McVerifyStartEvent;
  }
}
