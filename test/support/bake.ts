/**
 * Baked badge images for tests: a small PNG chunk writer and an SVG baker.
 *
 * The PNG side writes chunks by hand (length, type, data, CRC from node:zlib, which is independent
 * of the engine's own CRC) so tests can build images the engine must accept or refuse, including
 * deliberately broken ones. Defaults follow the baking specs (OB 2.0 Baking §PNGs, OB 3.0 §Baked
 * Badge): an uncompressed iTXt chunk with empty language tag and translated keyword, right after
 * IHDR, as Badgr and the reference bakery place it.
 */
import { crc32, deflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';
export const OB2_SVG_NAMESPACE = 'http://openbadges.org';

export type PngTextChunkType = 'iTXt' | 'tEXt' | 'zTXt';

export interface BakePngOptions {
  /** iTXt: set the compression flag and deflate the text (the baking specs forbid it; readers cope). */
  compressed?: boolean;
  /** Which text chunk to write; `iTXt` unless told. `tEXt`/`zTXt` hold Latin-1. */
  chunkType?: PngTextChunkType;
  /** After IHDR (what bakers do) unless told; PNG also allows text chunks after IDAT. */
  position?: 'after-ihdr' | 'before-iend';
}

export interface PngChunkInfo {
  type: string;
  /** Where the chunk's length field starts. */
  offset: number;
  length: number;
}

/** The base PNG with one badge text chunk added. */
export function bakePng(basePng: Uint8Array, keyword: string, text: string, options: BakePngOptions = {}): Uint8Array {
  const chunkType = options.chunkType ?? 'iTXt';
  const data = chunkType === 'iTXt' ? iTxtData(keyword, text, { compressed: options.compressed ?? false })
    : chunkType === 'zTXt' ? zTxtData(keyword, text)
    : tExtData(keyword, text);
  return insertPngChunks(basePng, [pngChunk(chunkType, data)], options.position ?? 'after-ihdr');
}

/** One chunk as it appears in the file: length, type, data, CRC over type and data (PNG §5.3). */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`a PNG chunk type is four ASCII letters, not ${JSON.stringify(type)}`);
  const typeAndData = concatBytes(latin1(type), data);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return chunk;
}

export interface ITxtOptions {
  compressed?: boolean;
  languageTag?: string;
  translatedKeyword?: string;
}

/** iTXt data (PNG §11.3.4.5): keyword \0 flag method language \0 translated keyword \0 UTF-8 text. */
export function iTxtData(keyword: string, text: string, options: ITxtOptions = {}): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  const compressed = options.compressed ?? false;
  return concatBytes(
    latin1(keyword), Uint8Array.of(0, compressed ? 1 : 0, 0),
    latin1(options.languageTag ?? ''), Uint8Array.of(0),
    new TextEncoder().encode(options.translatedKeyword ?? ''), Uint8Array.of(0),
    compressed ? new Uint8Array(deflateSync(utf8)) : utf8,
  );
}

/** tEXt data (PNG §11.3.4.3): keyword \0 Latin-1 text. */
export function tExtData(keyword: string, text: string): Uint8Array {
  return concatBytes(latin1(keyword), Uint8Array.of(0), latin1(text));
}

/** zTXt data (PNG §11.3.4.4): keyword \0 method 0, zlib-compressed Latin-1 text. */
export function zTxtData(keyword: string, text: string): Uint8Array {
  return concatBytes(latin1(keyword), Uint8Array.of(0, 0), new Uint8Array(deflateSync(latin1(text))));
}

/** The PNG with whole chunks inserted after IHDR or before IEND. */
export function insertPngChunks(png: Uint8Array, chunks: Uint8Array[], position: 'after-ihdr' | 'before-iend'): Uint8Array {
  const list = listPngChunks(png);
  const anchor = position === 'after-ihdr' ? list.find((chunk) => chunk.type === 'IHDR') : list.find((chunk) => chunk.type === 'IEND');
  if (!anchor) throw new Error(`the base PNG has no ${position === 'after-ihdr' ? 'IHDR' : 'IEND'} chunk`);
  const at = position === 'after-ihdr' ? anchor.offset + 12 + anchor.length : anchor.offset;
  return concatBytes(png.subarray(0, at), ...chunks, png.subarray(at));
}

/** The chunks of a well-formed PNG, in order, up to and including IEND. */
export function listPngChunks(png: Uint8Array): PngChunkInfo[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunkInfo[] = [];
  for (let offset = PNG_SIGNATURE.length; offset + 12 <= png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    chunks.push({ type, offset, length });
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return chunks;
}

/** A 1×1 grey PNG built from scratch: signature, IHDR, IDAT, IEND. */
export function minimalPng(): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1); // width
  view.setUint32(4, 1); // height
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, adaptive filtering, no interlace
  const scanline = Uint8Array.of(0, 0x80); // filter type None, one grey pixel
  return concatBytes(
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', new Uint8Array(deflateSync(scanline))),
    pngChunk('IEND', new Uint8Array(0)),
  );
}

export interface BakeSvgOptions {
  namespace: 'ob3' | 'ob2';
  /** The `verify` attribute value, written escaped. */
  verify?: string;
  /** The element body, written in a CDATA section. */
  body?: string;
  /** The namespace prefix; `openbadges` unless told. */
  prefix?: string;
}

/** A plain SVG to bake into. */
export const MINIMAL_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

/**
 * The base SVG baked as the specs describe: the namespace declared on `<svg>` and the badge
 * element directly after the `<svg>` start tag. The base's `<svg>` start tag must not hold `>`
 * inside an attribute value.
 */
export function bakeSvg(baseSvg: string, options: BakeSvgOptions): string {
  const prefix = options.prefix ?? 'openbadges';
  const namespace = options.namespace === 'ob3' ? OB3_SVG_NAMESPACE : OB2_SVG_NAMESPACE;
  const start = baseSvg.search(/<svg[\s>/]/);
  const end = start < 0 ? -1 : baseSvg.indexOf('>', start);
  if (end < 0) throw new Error('the base SVG has no <svg> start tag');
  const selfClosing = baseSvg[end - 1] === '/';
  const tagEnd = selfClosing ? end - 1 : end;
  const declaration = ` xmlns:${prefix}="${escapeXmlAttribute(namespace)}"`;
  const element = badgeElement(`${prefix}:${options.namespace === 'ob3' ? 'credential' : 'assertion'}`, options);
  const rest = selfClosing ? `>${element}</svg>${baseSvg.slice(end + 1)}` : `>${element}${baseSvg.slice(end + 1)}`;
  return `${baseSvg.slice(0, tagEnd)}${declaration}${rest}`;
}

function badgeElement(name: string, options: BakeSvgOptions): string {
  const verify = options.verify === undefined ? '' : ` verify="${escapeXmlAttribute(options.verify)}"`;
  if (options.body === undefined) return `<${name}${verify}/>`;
  return `<${name}${verify}>${cdata(options.body)}</${name}>`;
}

/** Escapes text for a double-quoted XML attribute value. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Text in CDATA sections; a `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** Latin-1 bytes of a string whose characters are all below U+0100. */
export function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`${JSON.stringify(text.slice(i, i + 1))} is not a Latin-1 character`);
    bytes[i] = code;
  }
  return bytes;
}
