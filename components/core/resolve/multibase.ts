/**
 * The byte encodings keys and signatures arrive in: base58btc, base64url, multibase prefixes and
 * multicodec headers. Decoders return `null` on malformed input instead of throwing.
 */

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58_ALPHABET].map((c, i) => [c, i]));

export function base58btcDecode(text: string): Uint8Array | null {
  if (text.length === 0 || text.length > 4096) return null;
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    let carry = BASE58_INDEX.get(text[i]!);
    if (carry === undefined) return null;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let i = 0; i < bytes.length; i++) out[zeros + i] = bytes[bytes.length - 1 - i]!;
  return out;
}

export function base64urlDecode(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
  return base64Decode(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/**
 * base64url in its one canonical form (RFC 4648 §3.5): no padding, and unused trailing bits zero.
 * Signatures must be read this way, or one signature would have several accepted spellings.
 */
export function base64urlDecodeCanonical(text: string): Uint8Array | null {
  const bytes = base64urlDecode(text);
  return bytes && base64urlEncode(bytes) === text ? bytes : null;
}

export function base64Decode(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return null;
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export function base64urlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a multibase string: `z` base58btc, `u` base64url (no padding), `m` base64. */
export function multibaseDecode(text: string): Uint8Array | null {
  const body = text.slice(1);
  switch (text[0]) {
    case 'z':
      return base58btcDecode(body);
    case 'u':
      return base64urlDecode(body);
    case 'm':
      return base64Decode(body);
    default:
      return null;
  }
}

/** Multicodec codes for the public key types mc-verify verifies with. */
export const MULTICODEC = {
  ed25519Pub: 0xed,
  p256Pub: 0x1200,
  p384Pub: 0x1201,
} as const;

/** Splits an unsigned-varint multicodec header from its payload. */
export function readMulticodec(bytes: Uint8Array): { code: number; payload: Uint8Array } | null {
  let code = 0;
  let shift = 0;
  for (let i = 0; i < Math.min(bytes.length, 4); i++) {
    const byte = bytes[i]!;
    code |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { code, payload: bytes.subarray(i + 1) };
    shift += 7;
  }
  return null;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
