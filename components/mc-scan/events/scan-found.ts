/** `mc-scan-found`: `<mc-scan>` found something to verify. */

export interface McScanFoundDetail {
  /** Where it was found. */
  source: 'camera' | 'file' | 'paste';
  /** What was found: a link (verified as `src`), text (JSON, a JWT, QR text) or a badge image's bytes. */
  kind: 'url' | 'text' | 'bytes';
}

/** Fired when a scan, a file or pasted text yields a credential to verify. Bubbles and crosses shadow roots. */
export class McScanFoundEvent extends Event {
  readonly detail: McScanFoundDetail;

  constructor(detail: McScanFoundDetail) {
    super('mc-scan-found', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-scan-found': McScanFoundEvent;
  }
}
