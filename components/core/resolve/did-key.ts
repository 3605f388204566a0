/**
 * did:key, resolved locally: the DID is the key (W3C CCG did:key §3.1.2). The document has one
 * verification method, `did:key:<fingerprint>#<fingerprint>`, authorised for every purpose.
 */
import { problem, quote, type Problem } from '../problems.ts';
import type { ControllerDocument } from './controller-document.ts';
import { multibaseDecode, MULTICODEC, readMulticodec } from './multibase.ts';

const KEY_CODES: ReadonlySet<number> = new Set(Object.values(MULTICODEC));

export function resolveDidKey(did: string): ControllerDocument | Problem {
  const fingerprint = did.slice('did:key:'.length);
  const bytes = fingerprint.startsWith('z') ? multibaseDecode(fingerprint) : null;
  const header = bytes && readMulticodec(bytes);
  if (!header) return problem('DID_MALFORMED', `${quote(did)} does not hold a multibase key`);
  if (!KEY_CODES.has(header.code)) {
    return problem('KEY_TYPE_UNSUPPORTED', `${quote(did)} holds multicodec 0x${header.code.toString(16)}, not a supported key type`);
  }
  const id = `${did}#${fingerprint}`;
  return {
    id: did,
    methods: [{ id, type: 'Multikey', controller: did, publicKeyMultibase: fingerprint }],
    relationships: { assertionMethod: [id], authentication: [id] },
  };
}
