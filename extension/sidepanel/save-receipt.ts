/** Saves a verification receipt as a JSON file the user downloads; nothing is sent anywhere. */
import { receiptFileName, type VerificationReceipt } from '../receipt/verification-receipt.ts';

export function saveReceipt(receipt: VerificationReceipt, document: Document): void {
  const blob = new Blob([`${JSON.stringify(receipt, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = receiptFileName(receipt);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
