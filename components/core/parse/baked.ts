/**
 * Credentials baked into badge images: what extraction yields, and what kind of text it is.
 *
 * Extraction (baked-png.ts, baked-svg.ts) only finds the payload; it never parses or trusts it.
 * The text is then one of three things (OB 2.0 Baking §PNGs/§SVGs, OB 3.0 §Baked Badge): a hosted
 * assertion URL (legacy `tEXt`, or an SVG `verify` attribute), the credential's JSON, or a compact
 * JWS (OB 2.0 signed assertion, OB 3.0 VC-JWT).
 */
import { problem, type Problem } from '../problems.ts';

/** PNG text-chunk keywords that carry a badge: OB 3.0 and OB 2.0 (which some OB 3.0 bakers reuse). */
export type BakedPngKeyword = 'openbadgecredential' | 'openbadges';

/** The PNG chunk types a badge is read from: `iTXt` by the specs, `tEXt`/`zTXt` for legacy bakes. */
export type BakedPngChunk = 'iTXt' | 'tEXt' | 'zTXt';

/** The SVG baking namespaces: OB 3.0 `<credential>` and OB 2.0 `<assertion>`. */
export type BakedSvgNamespace = 'ob3' | 'ob2';

export interface BakedPng {
  container: 'png';
  keyword: BakedPngKeyword;
  chunk: BakedPngChunk;
  /** The chunk's text, decoded (UTF-8 for `iTXt`, Latin-1 for `tEXt`/`zTXt`) and not trimmed. */
  text: string;
}

export interface BakedSvg {
  container: 'svg';
  namespace: BakedSvgNamespace;
  /** The `verify` attribute, entity-decoded and trimmed; absent when missing or empty. */
  verify?: string;
  /** The element's text (CDATA or entity-decoded text), trimmed; absent when empty. */
  body?: string;
}

/** What a badge image carries, exactly as found. */
export type BakedPayload = BakedPng | BakedSvg;

/** Baked text by kind: a hosted URL to fetch, JSON to parse, or a compact JWS to verify. */
export type BakedText =
  | { kind: 'url'; value: string }
  | { kind: 'json'; value: string }
  | { kind: 'jws'; value: string };

const URL_PATTERN = /^https?:\/\/\S+$/i;
// Header and payload must be present; the signature may be empty (`alg: none`), which the proof
// check then refuses, rather than hiding the token as unrecognised text.
const COMPACT_JWS_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Says what baked text is, the way the 1EdTech validator does (URL, JSON or JWS); the value is the
 * trimmed text. Null when it is none of them.
 */
export function classifyBakedText(text: string): BakedText | null {
  const value = text.trim();
  if (value.startsWith('{')) return { kind: 'json', value };
  if (URL_PATTERN.test(value)) return { kind: 'url', value };
  if (COMPACT_JWS_PATTERN.test(value)) return { kind: 'jws', value };
  return null;
}

/** The text an SVG baking offers for classification: the body when there is one, else `verify`. */
export function bakedSvgText(payload: BakedSvg): string | undefined {
  // OB 2.0 Baking §SVGs "Extracting": no body ⇒ `verify` holds the signature (or hosted URL).
  return payload.body ?? payload.verify;
}

/** Tells a problem from a payload in the results of the extractors. */
export function isBakedPayload(result: BakedPayload | Problem | null): result is BakedPayload {
  return result !== null && 'container' in result;
}

/** The image is not a well-formed PNG / SVG, or its badge chunk is malformed. */
export function imageMalformed(detail: string): Problem {
  return problem('IMAGE_MALFORMED', detail);
}

/** The image carries more than one badge, which both baking specs forbid. */
export function bakedMultiple(detail: string): Problem {
  return problem('BAKED_MULTIPLE', detail);
}
