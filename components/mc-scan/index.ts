/**
 * `<mc-scan>`: finds a credential on paper or in a file (QR code, PDF, image, baked badge, pasted
 * text) and verifies it with `<mc-verify>`. Importing this module registers both elements.
 *
 * @packageDocumentation
 */
export { McScan } from './mc-scan.ts';
export { McScanFoundEvent, type McScanFoundDetail } from './events/scan-found.ts';
export { fileKind, isBakedPng, isBakedSvg, type FileKind } from './file-kind.ts';
