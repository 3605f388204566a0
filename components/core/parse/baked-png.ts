/**
 * Credentials baked into PNG images: walks the chunks (PNG §5.3) and returns the one badge text
 * chunk, decoded. The chunk structure is checked as a decoder would (signature, IHDR first, CRCs,
 * IEND), so a damaged image is reported rather than half-read.
 *
 * OB 3.0 §Baked Badge/PNG: `iTXt` keyword `openbadgecredential`. OB 2.0 Baking §PNGs: `iTXt`
 * keyword `openbadges`; pre-2013 "Legacy PNGs": `tEXt` keyword `openbadges` holding a hosted URL.
 */
import { readCapped } from '../fetch/read-capped.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { bakedMultiple, imageMalformed, type BakedPayload, type BakedPng, type BakedPngChunk, type BakedPngKeyword } from './baked.ts';

export interface PngLimits {
  /** Chunks read before giving up; real images have tens, rarely thousands (many small IDATs). */
  maxChunks: number;
  /** Bytes a compressed text chunk may inflate to. */
  maxInflatedBytes: number;
}

export const DEFAULT_PNG_LIMITS: PngLimits = {
  maxChunks: 20_000,
  maxInflatedBytes: 5 * 1024 * 1024,
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** PNG §5.3: a chunk length is at most 2^31 - 1. */
const MAX_CHUNK_LENGTH = 0x7fffffff;
/** PNG §11.3.4.2: a keyword is 1 to 79 bytes, then a null separator. */
const MAX_KEYWORD_LENGTH = 79;

interface PngChunk {
  type: string;
  /** Where the chunk starts (its length field), for problem details. */
  offset: number;
  data: Uint8Array;
}

interface BadgeChunk {
  chunk: PngChunk;
  type: BakedPngChunk;
  keyword: BakedPngKeyword;
}

type ChunksOutcome = { ok: true; chunks: PngChunk[] } | { ok: false; problem: Problem };

/** True when the bytes start with the PNG signature (PNG §5.2). */
export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * The badge baked into a PNG: the payload, null when the image carries none, or a problem when
 * the image is malformed, carries more than one badge, or its badge chunk cannot be decoded.
 */
export async function extractFromPng(bytes: Uint8Array, limits: PngLimits = DEFAULT_PNG_LIMITS): Promise<BakedPayload | null | Problem> {
  const read = readChunks(bytes, limits.maxChunks);
  if (!read.ok) return read.problem;
  const badges = read.chunks.flatMap((chunk) => {
    const badge = asBadgeChunk(chunk);
    return badge ? [badge] : [];
  });
  const [first, ...others] = badges;
  if (!first) return null;
  if (others.length > 0) {
    // OB 2.0 Baking §PNGs and OB 3.0 §Baked Badge: the badge chunk "MUST NOT appear in a PNG more
    // than once"; two credentials in one image leave no way to tell which one the image shows.
    const found = badges.map(({ type, keyword, chunk }) => `${type} ${quote(keyword)} at byte ${chunk.offset}`);
    return bakedMultiple(`the PNG has ${badges.length} badge chunks (${found.join(', ')}); at most one is allowed`);
  }
  return decodeBadgeChunk(first, limits.maxInflatedBytes);
}

/** Every chunk from IHDR to IEND, each with a verified CRC. */
function readChunks(bytes: Uint8Array, maxChunks: number): ChunksOutcome {
  if (!hasPngSignature(bytes)) return refuse(imageMalformed('the data does not start with the PNG signature'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  for (;;) {
    if (chunks.length >= maxChunks) {
      return refuse(problem('INPUT_TOO_LARGE', `the PNG has more than ${maxChunks} chunks before IEND`));
    }
    if (offset + 12 > bytes.length) {
      return refuse(imageMalformed(`the PNG ends at byte ${bytes.length} without an IEND chunk`));
    }
    const length = view.getUint32(offset);
    const type = chunkTypeAt(bytes, offset + 4);
    if (type === null) return refuse(imageMalformed(`the chunk at byte ${offset} has a type that is not four ASCII letters`));
    if (length > MAX_CHUNK_LENGTH) {
      return refuse(imageMalformed(`the ${type} chunk at byte ${offset} declares ${length} bytes, more than the PNG limit of ${MAX_CHUNK_LENGTH}`));
    }
    const dataEnd = offset + 8 + length;
    if (dataEnd + 4 > bytes.length) {
      return refuse(imageMalformed(`the ${type} chunk at byte ${offset} declares ${length} bytes, past the end of the data at byte ${bytes.length}`));
    }
    const storedCrc = view.getUint32(dataEnd);
    const computedCrc = crc32(bytes.subarray(offset + 4, dataEnd));
    if (storedCrc !== computedCrc) {
      return refuse(imageMalformed(`the ${type} chunk at byte ${offset} has CRC ${hex(storedCrc)}, but its content gives ${hex(computedCrc)}`));
    }
    if (chunks.length === 0 && type !== 'IHDR') {
      return refuse(imageMalformed(`the first chunk is ${type}; PNG §5.6 requires IHDR first`));
    }
    chunks.push({ type, offset, data: bytes.subarray(offset + 8, dataEnd) });
    if (type === 'IEND') return { ok: true, chunks };
    offset = dataEnd + 4;
  }
}

/** PNG §5.4: a chunk type is four ASCII letters; anything else means the walk lost its place. */
function chunkTypeAt(bytes: Uint8Array, offset: number): string | null {
  let type = '';
  for (let i = offset; i < offset + 4; i++) {
    const byte = bytes[i] ?? 0;
    const isLetter = (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
    if (!isLetter) return null;
    type += String.fromCharCode(byte);
  }
  return type;
}

/** The chunk as a badge chunk when its type and keyword are ones that carry a badge. */
function asBadgeChunk(chunk: PngChunk): BadgeChunk | null {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return null;
  const keyword = keywordOf(chunk.data);
  if (keyword === 'openbadges') return { chunk, type: chunk.type, keyword };
  // OB 3.0 names only iTXt for `openbadgecredential`; legacy tEXt/zTXt predate OB 3.0.
  if (keyword === 'openbadgecredential' && chunk.type === 'iTXt') return { chunk, type: chunk.type, keyword };
  return null;
}

/** The keyword a text chunk starts with, or null when there is no null separator in range. */
function keywordOf(data: Uint8Array): string | null {
  const end = data.subarray(0, MAX_KEYWORD_LENGTH + 1).indexOf(0);
  return end < 1 ? null : decodeLatin1(data.subarray(0, end));
}

async function decodeBadgeChunk(badge: BadgeChunk, maxInflatedBytes: number): Promise<BakedPng | Problem> {
  const what = `the ${badge.type} ${quote(badge.keyword)} chunk at byte ${badge.chunk.offset}`;
  const rest = badge.chunk.data.subarray(badge.keyword.length + 1);
  const text = badge.type === 'iTXt' ? await decodeITxt(rest, what, maxInflatedBytes)
    : badge.type === 'zTXt' ? await decodeZTxt(rest, what, maxInflatedBytes)
    : decodeLatin1(rest);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return problem('INPUT_EMPTY', `${what} holds no text`);
  return { container: 'png', keyword: badge.keyword, chunk: badge.type, text };
}

/**
 * PNG §11.3.4.5 iTXt after the keyword: compression flag, compression method, language tag \0,
 * translated keyword \0, then UTF-8 text.
 */
async function decodeITxt(rest: Uint8Array, what: string, maxInflatedBytes: number): Promise<string | Problem> {
  const [flag, method] = rest;
  if (flag === undefined || method === undefined) return imageMalformed(`${what} ends before its compression fields`);
  if (flag !== 0 && flag !== 1) return imageMalformed(`${what} has compression flag ${flag}; PNG allows 0 or 1`);
  if (flag === 1 && method !== 0) return imageMalformed(`${what} names compression method ${method}; PNG defines only 0 (zlib)`);
  const languageEnd = rest.indexOf(0, 2);
  const translatedEnd = languageEnd < 0 ? -1 : rest.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return imageMalformed(`${what} lacks the null separators after its language tag and translated keyword`);
  let textBytes = rest.subarray(translatedEnd + 1);
  if (flag === 1) {
    // The baking specs say "Compression MUST NOT be used", but inflating costs little and a
    // compressed credential is still the issuer's signed credential.
    const inflated = await inflate(textBytes, what, maxInflatedBytes);
    if (!(inflated instanceof Uint8Array)) return inflated;
    textBytes = inflated;
  }
  return decodeUtf8Strict(textBytes, what);
}

/** PNG §11.3.4.4 zTXt after the keyword: compression method (0), then zlib-compressed Latin-1 text. */
async function decodeZTxt(rest: Uint8Array, what: string, maxInflatedBytes: number): Promise<string | Problem> {
  const method = rest[0];
  if (method !== 0) return imageMalformed(`${what} names compression method ${String(method)}; PNG defines only 0 (zlib)`);
  const inflated = await inflate(rest.subarray(1), what, maxInflatedBytes);
  return inflated instanceof Uint8Array ? decodeLatin1(inflated) : inflated;
}

/** Inflates zlib data (PNG compression method 0 is zlib, which DecompressionStream calls 'deflate'). */
async function inflate(compressed: Uint8Array, what: string, maxBytes: number): Promise<Uint8Array | Problem> {
  const stream = new Blob([compressed.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  try {
    const inflated = await readCapped(stream, maxBytes);
    return inflated ?? problem('INPUT_TOO_LARGE', `${what} inflates to more than ${maxBytes} bytes`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return imageMalformed(`${what} is not valid zlib data (${reason})`);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Strict(bytes: Uint8Array, what: string): string | Problem {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return imageMalformed(`${what} is not valid UTF-8`);
  }
}

/** ISO 8859-1 as PNG §11.3.4.3 means it; TextDecoder('latin1') would decode windows-1252 instead. */
function decodeLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x2000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x2000)));
  return parts.join('');
}

/** PNG §5.5 / Annex D: CRC-32 over chunk type and data. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}

function refuse(reason: Problem): ChunksOutcome {
  return { ok: false, problem: reason };
}
