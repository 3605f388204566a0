/**
 * Another extension, unpacked into a temporary folder: an empty MV3 service worker
 * (foreign-worker.js) the tests run code in, to message mc-verify as a foreign sender would
 * (research/security.md §6 G #83).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FOREIGN_WORKER = 'foreign-worker.js';

/** Writes the extension; returns its folder. */
export function writeForeignExtension(): string {
  const folder = mkdtempSync(join(tmpdir(), 'mc-verify-foreign-'));
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'foreign sender', version: '1.0', background: { service_worker: FOREIGN_WORKER } }));
  writeFileSync(join(folder, FOREIGN_WORKER), '// Test code runs here through the DevTools protocol.\n');
  return folder;
}
