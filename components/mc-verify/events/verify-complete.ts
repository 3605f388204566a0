/** `mc-verify-complete`: a verification finished with a report, whatever its verdict. */
import type { VerificationReport } from '../../core/index.ts';

/** The detail of `mc-verify-complete`. */
export interface McVerifyCompleteDetail {
  /** The report: verdict, every check, and the verified view of the credential. */
  report: VerificationReport;
}

/**
 * Fired once per verification when the report is ready, for every verdict: a revoked or forged
 * credential is a complete verification too. Not fired for a report given through `report`, nor
 * for a verification replaced by a newer one. Bubbles and crosses shadow roots.
 */
export class McVerifyCompleteEvent extends Event {
  readonly detail: McVerifyCompleteDetail;

  constructor(detail: McVerifyCompleteDetail) {
    super('mc-verify-complete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-verify-complete': McVerifyCompleteEvent;
  }
}
