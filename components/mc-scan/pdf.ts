/**
 * PDFs: a certificate may carry its credential as an attachment (Europass) or as a QR code on a
 * page. pdf.js is loaded the first time a PDF is read, and its worker runs from a blob URL, so the
 * bundle needs no separate worker file and no server configuration.
 */
import { scanImageForQr } from './qr.ts';

/** Pages searched for a QR code; certificates put it on the first page or two. */
const MAX_PAGES = 10;
/** Longest side, in pixels, a page is rendered at for QR scanning. */
const RENDER_SIZE = 1600;
/** Attachments that can be a credential. */
const CREDENTIAL_ATTACHMENT = /\.(?:json|jsonld|jwt|vc|txt)$/i;

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const [library, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?raw')]);
    const url = URL.createObjectURL(new Blob([worker.default], { type: 'text/javascript' }));
    library.GlobalWorkerOptions.workerPort = new Worker(url, { type: 'module' });
    return library;
  })().catch((error: unknown) => {
    pdfjs = undefined;
    throw error;
  });
  return pdfjs;
}

/** What a PDF carries: a credential attachment's bytes, or the text of the first QR code found. */
export type PdfFinding = { kind: 'attachment'; name: string; bytes: Uint8Array } | { kind: 'qr'; text: string };

/** Looks for a credential in a PDF: attachments first, then a QR code on the first pages. */
export async function findInPdf(bytes: Uint8Array): Promise<PdfFinding | undefined> {
  const library = await loadPdfJs();
  const document = await library.getDocument({ data: bytes, isEvalSupported: false, enableXfa: false, verbosity: library.VerbosityLevel.ERRORS }).promise;
  try {
    const attachments = ((await document.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array }>;
    for (const attachment of Object.values(attachments)) {
      if (attachment.content && CREDENTIAL_ATTACHMENT.test(attachment.filename ?? '')) return { kind: 'attachment', name: attachment.filename ?? '', bytes: attachment.content };
    }
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
      const page = await document.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: Math.min(4, RENDER_SIZE / Math.max(base.width, base.height)) });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const text = await scanImageForQr(canvas);
      page.cleanup();
      if (text !== undefined) return { kind: 'qr', text };
    }
    return undefined;
  } finally {
    await document.destroy();
  }
}
