/**
 * The verification receipt a recruiter can keep: what was checked (the link as found, what was
 * fetched, the page and what its entry said), the full report, the claim check, when, and by which
 * version of the engine. Plain JSON; it proves what mc-verify concluded and when, not more.
 */
import type { Verdict, VerificationReport } from '../../components/core/index.ts';
import type { ClaimWarning } from '../claims/claim-check.ts';
import type { CheckedInput, EntryClaims, EntryOrigin, EntryState } from '../messaging/protocol.ts';

export const RECEIPT_TYPE = 'McVerifyVerificationReceipt';
export const RECEIPT_VERSION = 1;

export interface VerificationReceipt {
  type: typeof RECEIPT_TYPE;
  receiptVersion: typeof RECEIPT_VERSION;
  /** When the receipt was exported. */
  exportedAt: string;
  engine: { name: 'mc-verify'; version: string };
  inputs: {
    checked: CheckedInput;
    /** The hrefs as the page had them, wrappers and tracking included. */
    foundAs: string[];
    foundBy: EntryOrigin;
    /** The page, as the browser reported its address. */
    pageUrl?: string;
    /** What the page's entry said, as it said it. */
    entry?: EntryClaims;
    profileName?: string;
  };
  /** When the verdict was reached (a cached verdict keeps its time). */
  verifiedAt: string;
  verdict: Verdict;
  claimCheck: ClaimWarning[];
  report: VerificationReport;
}

export interface ReceiptContext {
  pageUrl?: string;
  profileName?: string;
  engineVersion: string;
  exportedAt: Date;
}

/** The receipt for one checked entry, or null while it is still being checked. */
export function buildReceipt(entry: EntryState, context: ReceiptContext): VerificationReceipt | null {
  const { checked } = entry;
  if (!checked) return null;
  const inputs: VerificationReceipt['inputs'] = { checked: checked.input, foundAs: [...entry.foundAs], foundBy: entry.origin };
  if (context.pageUrl !== undefined) inputs.pageUrl = context.pageUrl;
  if (entry.claims) inputs.entry = { ...entry.claims };
  if (context.profileName !== undefined) inputs.profileName = context.profileName;
  return {
    type: RECEIPT_TYPE,
    receiptVersion: RECEIPT_VERSION,
    exportedAt: context.exportedAt.toISOString(),
    engine: { name: 'mc-verify', version: context.engineVersion },
    inputs,
    verifiedAt: checked.verifiedAt,
    verdict: checked.report.verdict,
    claimCheck: entry.claimWarnings.map((warning) => ({ ...warning })),
    report: checked.report,
  };
}

/** A file name that says what and when: `mc-verify-receipt-<host>-<verdict>-<date>.json`. */
export function receiptFileName(receipt: VerificationReceipt): string {
  const checked = receipt.inputs.checked;
  let host = 'credential';
  if (checked.kind !== 'qr-text') {
    try {
      host = new URL(checked.url).hostname || host;
    } catch {
      // keep the generic name
    }
  }
  const safeHost = host.replace(/[^a-z0-9.-]/gi, '_').slice(0, 60);
  const stamp = receipt.exportedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  return `mc-verify-receipt-${safeHost}-${receipt.verdict}-${stamp}.json`;
}
