/** "Check a credential": `<mc-scan>` with the demo's documents, and sample links to try. */
import type { McScan } from '../site/elements.ts';
import '../site/scanner.ts';
import { sampleHostDocuments } from '../site/documents.ts';
import { startPage } from '../site/page.ts';

const scanner = document.querySelector<McScan>('#scanner');
const context = await startPage();
if (scanner) {
  scanner.documents = sampleHostDocuments(context.documents);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-check-url]')) {
    button.addEventListener('click', () => {
      scanner.verifyText(button.dataset.checkUrl ?? '');
      scanner.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
  }
}
