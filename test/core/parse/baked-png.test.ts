/**
 * Baked PNG extraction: the one badge text chunk of a well-formed PNG, decoded; nothing for an
 * unbaked image; a problem for a damaged image or more than one badge chunk.
 */
import { describe, expect, it } from 'vitest';
import { classifyBakedText, type BakedPayload, type BakedPng } from '../../../components/core/parse/baked.ts';
import { DEFAULT_PNG_LIMITS, extractFromPng, hasPngSignature } from '../../../components/core/parse/baked-png.ts';
import type { Problem, ProblemCode } from '../../../components/core/problems.ts';
import {
  bakePng, concatBytes, iTxtData, insertPngChunks, latin1, listPngChunks, minimalPng, pngChunk, PNG_SIGNATURE, tExtData,
} from '../../support/bake.ts';
import { corpusFile } from '../../support/corpus.ts';

const OB3_JSON = JSON.stringify({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Zürich – Teamwork ✓',
});
const OB2_JSON = JSON.stringify({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://issuer.example/assertions/1' });
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0.c2lnbmF0dXJl';
const HOSTED_URL = 'https://issuer.example/assertions/123.json';

function expectPng(result: BakedPayload | Problem | null): BakedPng {
  expect(result, JSON.stringify(result)).toHaveProperty('container', 'png');
  return result as BakedPng;
}

function expectProblem(result: BakedPayload | Problem | null, code: ProblemCode): Problem {
  expect(result, JSON.stringify(result)).toHaveProperty('code', code);
  return result as Problem;
}

/** Overwrites bytes of a copy of the PNG, for damaging it on purpose. */
function patched(png: Uint8Array, offset: number, bytes: number[]): Uint8Array {
  const copy = png.slice();
  copy.set(bytes, offset);
  return copy;
}

function chunkNamed(png: Uint8Array, type: string) {
  const chunk = listPngChunks(png).find((entry) => entry.type === type);
  if (!chunk) throw new Error(`no ${type} chunk`);
  return chunk;
}

describe('extractFromPng on the corpus images', () => {
  it('reads the OB 3.0 JSON credential from the iTXt openbadgecredential chunk of a generated badge', async () => {
    const payload = expectPng(await extractFromPng(corpusFile('links/baked/generated_ob3_openbadgecredential_itxt.png')));
    expect(payload).toMatchObject({ keyword: 'openbadgecredential', chunk: 'iTXt' });
    expect(classifyBakedText(payload.text)?.kind).toBe('json');
    expect(JSON.parse(payload.text)).toHaveProperty('type', ['VerifiableCredential', 'OpenBadgeCredential']);
  });

  it('reads the 1EdTech OB 3.0 JSON badge whose chunk follows IDAT and other tEXt chunks', async () => {
    const payload = expectPng(await extractFromPng(corpusFile('1edtech-validator/ob30/baked/simple-json.png')));
    expect(payload).toMatchObject({ keyword: 'openbadgecredential', chunk: 'iTXt' });
    expect(classifyBakedText(payload.text)?.kind).toBe('json');
  });

  it('reads the 1EdTech OB 3.0 VC-JWT badge as a compact JWS', async () => {
    const payload = expectPng(await extractFromPng(corpusFile('1edtech-validator/ob30/baked/simple-jwt.png')));
    expect(payload).toMatchObject({ keyword: 'openbadgecredential', chunk: 'iTXt' });
    expect(classifyBakedText(payload.text)?.kind).toBe('jws');
  });

  it('reads the 1EdTech OB 2.0 assertion from the iTXt openbadges chunk', async () => {
    const payload = expectPng(await extractFromPng(corpusFile('1edtech-validator/ob20/simple-badge.png')));
    expect(payload).toMatchObject({ keyword: 'openbadges', chunk: 'iTXt' });
    expect(JSON.parse(payload.text)).toHaveProperty('type', 'Assertion');
  });

  it('reads the reference bakery OB 1.x assertion JSON from its iTXt openbadges chunk', async () => {
    const payload = expectPng(await extractFromPng(corpusFile('links/baked/openbadges-bakery_baked_heart.png')));
    expect(payload).toMatchObject({ keyword: 'openbadges', chunk: 'iTXt' });
    expect(JSON.parse(payload.text)).toHaveProperty('uid', '123');
  });

  it('reads the hosted assertion URL from a legacy tEXt openbadges chunk', async () => {
    const payload = await extractFromPng(corpusFile('links/baked/generated_legacy_text_openbadges_url.png'));
    expect(payload).toEqual({ container: 'png', keyword: 'openbadges', chunk: 'tEXt', text: 'https://example.org/assertions/123.json' });
  });

  it('returns null for the unbaked reference image', async () => {
    expect(await extractFromPng(corpusFile('links/baked/openbadges-bakery_public_domain_heart.png'))).toBeNull();
  });
});

describe('extractFromPng on images baked in the test', () => {
  const base = minimalPng();

  it('returns an OB 3.0 JSON credential byte for byte, non-ASCII characters included', async () => {
    expect(await extractFromPng(bakePng(base, 'openbadgecredential', OB3_JSON)))
      .toEqual({ container: 'png', keyword: 'openbadgecredential', chunk: 'iTXt', text: OB3_JSON });
  });

  it('returns an OB 3.0 VC-JWT as the compact JWS text', async () => {
    const payload = expectPng(await extractFromPng(bakePng(base, 'openbadgecredential', JWS)));
    expect(payload).toMatchObject({ keyword: 'openbadgecredential', text: JWS });
  });

  it('returns an OB 2.0 assertion from an iTXt openbadges chunk', async () => {
    expect(await extractFromPng(bakePng(base, 'openbadges', OB2_JSON)))
      .toEqual({ container: 'png', keyword: 'openbadges', chunk: 'iTXt', text: OB2_JSON });
  });

  it('returns a legacy hosted URL from a tEXt openbadges chunk', async () => {
    expect(await extractFromPng(bakePng(base, 'openbadges', HOSTED_URL, { chunkType: 'tEXt' })))
      .toEqual({ container: 'png', keyword: 'openbadges', chunk: 'tEXt', text: HOSTED_URL });
  });

  it('returns a legacy hosted URL from a compressed zTXt openbadges chunk', async () => {
    expect(await extractFromPng(bakePng(base, 'openbadges', HOSTED_URL, { chunkType: 'zTXt' })))
      .toEqual({ container: 'png', keyword: 'openbadges', chunk: 'zTXt', text: HOSTED_URL });
  });

  it('decodes tEXt as Latin-1, not as UTF-8 or windows-1252', async () => {
    const payload = expectPng(await extractFromPng(bakePng(base, 'openbadges', 'https://issuer.example/caf\u00e9/\u0085', { chunkType: 'tEXt' })));
    expect(payload).toMatchObject({ text: 'https://issuer.example/caf\u00e9/\u0085' });
  });

  it('inflates a compressed iTXt chunk although the baking specs forbid compression', async () => {
    expect(await extractFromPng(bakePng(base, 'openbadgecredential', OB3_JSON, { compressed: true })))
      .toEqual({ container: 'png', keyword: 'openbadgecredential', chunk: 'iTXt', text: OB3_JSON });
  });

  it('refuses a compressed iTXt chunk that inflates past the limit', async () => {
    const bomb = bakePng(base, 'openbadgecredential', ' '.repeat(200_000), { compressed: true });
    const result = await extractFromPng(bomb, { ...DEFAULT_PNG_LIMITS, maxInflatedBytes: 100_000 });
    expect(expectProblem(result, 'INPUT_TOO_LARGE').detail).toContain('inflates to more than 100000 bytes');
  });

  it('reports a compressed iTXt chunk whose zlib data is corrupt', async () => {
    const data = concatBytes(latin1('openbadgecredential'), Uint8Array.of(0, 1, 0, 0, 0), latin1('not zlib at all'));
    const png = insertPngChunks(base, [pngChunk('iTXt', data)], 'after-ihdr');
    expect(expectProblem(await extractFromPng(png), 'IMAGE_MALFORMED').detail).toContain('not valid zlib data');
  });

  it('finds a badge chunk placed after IDAT, just before IEND', async () => {
    const payload = expectPng(await extractFromPng(bakePng(base, 'openbadgecredential', JWS, { position: 'before-iend' })));
    expect(payload).toMatchObject({ text: JWS });
  });

  it('keeps the language tag and translated keyword out of the text', async () => {
    const data = iTxtData('openbadgecredential', JWS, { languageTag: 'en-GB', translatedKeyword: 'Open Badge credential' });
    const png = insertPngChunks(base, [pngChunk('iTXt', data)], 'after-ihdr');
    expect(expectPng(await extractFromPng(png))).toMatchObject({ text: JWS });
  });

  it('reads a PNG that is a view into a larger buffer', async () => {
    const baked = bakePng(base, 'openbadges', OB2_JSON);
    const buffer = new Uint8Array(baked.length + 7);
    buffer.set(baked, 5);
    expect(expectPng(await extractFromPng(buffer.subarray(5, 5 + baked.length)))).toMatchObject({ text: OB2_JSON });
  });

  it('ignores bytes after IEND', async () => {
    const baked = concatBytes(bakePng(base, 'openbadges', OB2_JSON), latin1('trailing garbage'));
    expect(expectPng(await extractFromPng(baked))).toMatchObject({ text: OB2_JSON });
  });

  it('returns null for an unbaked PNG', async () => {
    expect(await extractFromPng(base)).toBeNull();
  });

  it('returns null when the only text chunks have other keywords', async () => {
    const chunks = [
      pngChunk('tEXt', tExtData('Software', 'a badge designer')),
      pngChunk('iTXt', iTxtData('openbadgesX', OB2_JSON)),
      pngChunk('iTXt', iTxtData('Comment', 'openbadges')),
    ];
    expect(await extractFromPng(insertPngChunks(base, chunks, 'after-ihdr'))).toBeNull();
  });

  it('does not take a tEXt openbadgecredential chunk for a badge, since OB 3.0 bakes only iTXt', async () => {
    expect(await extractFromPng(bakePng(base, 'openbadgecredential', HOSTED_URL, { chunkType: 'tEXt' }))).toBeNull();
  });

  it('reports two badge chunks as a problem instead of choosing one', async () => {
    const twice = bakePng(bakePng(base, 'openbadgecredential', OB3_JSON), 'openbadges', OB2_JSON);
    const detail = expectProblem(await extractFromPng(twice), 'BAKED_MULTIPLE').detail;
    expect(detail).toContain('2 badge chunks');
    expect(detail).toContain('"openbadgecredential"');
  });

  it('reports an iTXt badge beside a legacy tEXt URL as two badge chunks', async () => {
    const twice = bakePng(bakePng(base, 'openbadges', OB2_JSON), 'openbadges', HOSTED_URL, { chunkType: 'tEXt', position: 'before-iend' });
    expect(expectProblem(await extractFromPng(twice), 'BAKED_MULTIPLE').detail).toContain('2 badge chunks');
  });

  it('reports an empty badge chunk', async () => {
    expectProblem(await extractFromPng(bakePng(base, 'openbadgecredential', '  ')), 'INPUT_EMPTY');
  });

  it('reports a badge iTXt chunk that lacks its null separators', async () => {
    const data = concatBytes(latin1('openbadgecredential'), Uint8Array.of(0, 0, 0), latin1('en'));
    const png = insertPngChunks(base, [pngChunk('iTXt', data)], 'after-ihdr');
    expect(expectProblem(await extractFromPng(png), 'IMAGE_MALFORMED').detail).toContain('null separators');
  });

  it('reports a badge iTXt chunk with an unknown compression flag', async () => {
    const data = concatBytes(latin1('openbadgecredential'), Uint8Array.of(0, 2, 0, 0, 0), latin1(JWS));
    const png = insertPngChunks(base, [pngChunk('iTXt', data)], 'after-ihdr');
    expect(expectProblem(await extractFromPng(png), 'IMAGE_MALFORMED').detail).toContain('compression flag 2');
  });

  it('reports badge iTXt text that is not valid UTF-8', async () => {
    const data = concatBytes(latin1('openbadgecredential'), Uint8Array.of(0, 0, 0, 0, 0, 0x7b, 0xff, 0xfe, 0x7d));
    const png = insertPngChunks(base, [pngChunk('iTXt', data)], 'after-ihdr');
    expect(expectProblem(await extractFromPng(png), 'IMAGE_MALFORMED').detail).toContain('not valid UTF-8');
  });
});

describe('extractFromPng on damaged images', () => {
  const baked = bakePng(minimalPng(), 'openbadgecredential', OB3_JSON);

  it('reports a PNG truncated in the middle of a chunk', async () => {
    const truncated = baked.subarray(0, chunkNamed(baked, 'iTXt').offset + 40);
    expect(expectProblem(await extractFromPng(truncated), 'IMAGE_MALFORMED').detail).toContain('past the end of the data');
  });

  it('reports a PNG that ends after a whole chunk but before IEND', async () => {
    const truncated = baked.subarray(0, chunkNamed(baked, 'IEND').offset);
    expect(expectProblem(await extractFromPng(truncated), 'IMAGE_MALFORMED').detail).toContain('without an IEND chunk');
  });

  it('reports a chunk whose CRC does not match its content', async () => {
    const iTxt = chunkNamed(baked, 'iTXt');
    const textByte = iTxt.offset + 8 + iTxt.length - 2;
    const tampered = patched(baked, textByte, [(baked[textByte] ?? 0) ^ 0x01]);
    const detail = expectProblem(await extractFromPng(tampered), 'IMAGE_MALFORMED').detail;
    expect(detail).toContain(`iTXt chunk at byte ${iTxt.offset} has CRC`);
  });

  it('reports a huge declared chunk length at once instead of reading or waiting for it', async () => {
    const iTxt = chunkNamed(baked, 'iTXt');
    const past = expectProblem(await extractFromPng(patched(baked, iTxt.offset, [0x7f, 0xff, 0xff, 0xf0])), 'IMAGE_MALFORMED');
    expect(past.detail).toContain('declares 2147483632 bytes, past the end of the data');
    const overLimit = expectProblem(await extractFromPng(patched(baked, iTxt.offset, [0xff, 0xff, 0xff, 0xff])), 'IMAGE_MALFORMED');
    expect(overLimit.detail).toContain('more than the PNG limit');
  });

  it('reports data that does not start with the PNG signature', async () => {
    expect(hasPngSignature(latin1('GIF89a'))).toBe(false);
    expectProblem(await extractFromPng(latin1('<svg xmlns="http://www.w3.org/2000/svg"/>')), 'IMAGE_MALFORMED');
    expectProblem(await extractFromPng(new Uint8Array(0)), 'IMAGE_MALFORMED');
  });

  it('reports a PNG whose first chunk is not IHDR', async () => {
    const png = concatBytes(PNG_SIGNATURE, pngChunk('tEXt', tExtData('openbadges', HOSTED_URL)), pngChunk('IEND', new Uint8Array(0)));
    expect(expectProblem(await extractFromPng(png), 'IMAGE_MALFORMED').detail).toContain('requires IHDR first');
  });

  it('reports a chunk type that is not four letters, where the walk has lost its place', async () => {
    const iTxt = chunkNamed(baked, 'iTXt');
    expect(expectProblem(await extractFromPng(patched(baked, iTxt.offset + 4, [0x00])), 'IMAGE_MALFORMED').detail)
      .toContain('not four ASCII letters');
  });

  it('stops at the chunk limit when an image is a flood of empty chunks', async () => {
    const flood = Array.from({ length: 50 }, () => pngChunk('tEXt', new Uint8Array(0)));
    const png = insertPngChunks(minimalPng(), flood, 'after-ihdr');
    const result = await extractFromPng(png, { ...DEFAULT_PNG_LIMITS, maxChunks: 20 });
    expect(expectProblem(result, 'INPUT_TOO_LARGE').detail).toContain('more than 20 chunks');
    expect(await extractFromPng(png)).toBeNull();
  });
});
