/**
 * Writes small PDFs by hand for the `<mc-scan>` tests: one page with a QR code as an embedded
 * grey-scale image, and optionally a file attachment (the way Europass PDFs carry credentials).
 */
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/** A QR code as grey-scale pixels: `scale` pixels per module, a four-module quiet zone. */
function qrPixels(text: string, scale = 6): { size: number; pixels: Uint8Array } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const size = (modules.size + 2 * quiet) * scale;
  const pixels = new Uint8Array(size * size).fill(255);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let y = 0; y < scale; y++) {
        const offset = ((row + quiet) * scale + y) * size + (column + quiet) * scale;
        pixels.fill(0, offset, offset + scale);
      }
    }
  }
  return { size, pixels };
}

/** Objects in order; a string is the object's dictionary, an array is [dictionary, stream bytes]. */
type PdfObject = string | [string, Uint8Array];

function writePdf(objects: PdfObject[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (chunk: Buffer): void => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((object, index) => {
    offsets.push(length);
    if (typeof object === 'string') push(Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1'));
    else {
      const [dictionary, stream] = object;
      push(Buffer.from(`${index + 1} 0 obj\n${dictionary.replace('>>', ` /Length ${stream.length} >>`)}\nstream\n`, 'latin1'));
      push(Buffer.from(stream));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A one-page A4 PDF with `qrText` as a QR code image, and `attachment` as an embedded file if given. */
export function qrPdf(qrText: string, attachment?: { name: string; content: string }): Uint8Array {
  const { size, pixels } = qrPixels(qrText);
  const names = attachment ? ' /Names << /EmbeddedFiles 6 0 R >>' : '';
  const objects: PdfObject[] = [
    `<< /Type /Catalog /Pages 2 0 R${names} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    [`<< /Type /XObject /Subtype /Image /Width ${size} /Height ${size} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, deflateSync(pixels)],
    ['<< >>', Buffer.from('q 220 0 0 220 187 520 cm /Im1 Do Q', 'latin1')],
  ];
  if (attachment) {
    objects.push(
      `<< /Names [(${attachment.name}) 7 0 R] >>`,
      `<< /Type /Filespec /F (${attachment.name}) /UF (${attachment.name}) /EF << /F 8 0 R >> >>`,
      ['<< /Type /EmbeddedFile /Subtype /application#2Fjson >>', Buffer.from(attachment.content, 'utf8')],
    );
  }
  return writePdf(objects);
}
