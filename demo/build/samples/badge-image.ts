/**
 * The demo badge's picture, drawn by code so no image file has to be licensed: a PNG (RGBA, drawn
 * pixel by pixel) and the same design as SVG. Both are bases for baking.
 */
import { deflateSync } from 'node:zlib';
import { concatBytes, PNG_SIGNATURE, pngChunk } from '../../../test/support/bake.ts';

type Rgb = readonly [number, number, number];

const RIM: Rgb = [11, 87, 181];
const FACE: Rgb = [232, 240, 252];
const MARK: Rgb = [22, 113, 58];

/** Distance from point p to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A round badge with a tick, `size` pixels square, as PNG bytes. */
export function badgePng(size = 128): Uint8Array {
  const rows: number[] = [];
  const centre = size / 2;
  const outer = size * 0.47;
  const inner = size * 0.38;
  const tick = [
    [0.3, 0.52],
    [0.44, 0.66],
    [0.71, 0.37],
  ].map(([x, y]) => [x! * size, y! * size] as const);
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter type None
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const r = Math.hypot(px - centre, py - centre);
      const onTick = Math.min(segmentDistance(px, py, ...tick[0]!, ...tick[1]!), segmentDistance(px, py, ...tick[1]!, ...tick[2]!)) < size * 0.045;
      const colour: Rgb | undefined = r > outer ? undefined : r > inner ? RIM : onTick ? MARK : FACE;
      // A one-pixel soft edge on the rim keeps the circle from looking jagged.
      const alpha = colour === undefined ? 0 : Math.round(255 * Math.min(1, outer - r + 0.5));
      rows.push(...(colour ?? [0, 0, 0]), alpha);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, no interlace
  return concatBytes(PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', new Uint8Array(deflateSync(Uint8Array.from(rows)))), pngChunk('IEND', new Uint8Array(0)));
}

/** The same badge as SVG. */
export function badgeSvg(title: string): string {
  const rgb = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128" role="img" aria-labelledby="t">',
    `<title id="t">${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>`,
    `<circle cx="64" cy="64" r="60" fill="${rgb(RIM)}"/>`,
    `<circle cx="64" cy="64" r="48.6" fill="${rgb(FACE)}"/>`,
    `<polyline points="38.4,66.6 56.3,84.5 90.9,47.4" fill="none" stroke="${rgb(MARK)}" stroke-width="11.5" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
  ].join('');
}

/** A PNG as a `data:` URL, the one image form a credential can carry that the demo never has to fetch. */
export function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}
