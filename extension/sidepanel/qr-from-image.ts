/**
 * QR codes on certificate images, read in the panel (an extension page has the DOM and workers
 * qr-scanner needs; the service worker has neither). When the worker found no credential baked
 * into an image, the panel reads the image's QR code, if any, and hands its text to the worker,
 * which verifies it like any other input (research/links.md §4: a URL, VPQR `VP1-`, VC `VC1-`).
 */
import { scanImageForQr } from '../../components/mc-scan/qr.ts';
import type { EntryState } from '../messaging/protocol.ts';

/** What the engine says about an image that holds no baked credential. */
const NOT_BAKED = new Set(['IMAGE_NOT_BAKED', 'IMAGE_MALFORMED', 'INPUT_UNRECOGNISED']);

export function mayHoldQrCode(entry: EntryState): boolean {
  const checked = entry.checked;
  return entry.target === 'image' && checked?.input.kind === 'image' && checked.report.problems.some((problem) => NOT_BAKED.has(problem.code));
}

/** The QR code's text, or undefined when the image cannot be read or holds none. */
export async function readQrCode(imageUrl: string): Promise<string | undefined> {
  try {
    const response = await fetch(imageUrl, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return undefined;
    return await scanImageForQr(await response.blob());
  } catch {
    return undefined;
  }
}
