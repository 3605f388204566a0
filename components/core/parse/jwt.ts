/**
 * Compact JWS (RFC 7515 §7.1): `header.payload.signature`, each base64url. Decoding reads the
 * header and payload as JSON without trusting either; the signature is checked by the JOSE suite.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { base64urlDecode, base64urlDecodeCanonical } from '../resolve/multibase.ts';
import { isObject } from './json.ts';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export interface CompactJws {
  /** The token as received. */
  token: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export function looksLikeCompactJws(text: string): boolean {
  return COMPACT_JWS.test(text);
}

export function decodeCompactJws(token: string): CompactJws | Problem {
  const [header, payload, signature = ''] = token.split('.');
  if (base64urlDecodeCanonical(signature) === null) {
    return problem('PROOF_MALFORMED', `the JWS signature of ${quote(token, 60)} is not canonical base64url`);
  }
  const decodedHeader = decodeJsonSegment(header ?? '');
  if (!decodedHeader) return problem('INPUT_UNRECOGNISED', `the JWS header of ${quote(token, 60)} is not base64url JSON`);
  const decodedPayload = decodeJsonSegment(payload ?? '');
  if (!decodedPayload) return problem('INPUT_NOT_JSON', `the JWS payload of ${quote(token, 60)} is not a base64url JSON object`);
  return { token, header: decodedHeader, payload: decodedPayload };
}

function decodeJsonSegment(segment: string): Record<string, unknown> | null {
  const bytes = base64urlDecode(segment);
  if (!bytes || bytes.length === 0) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
