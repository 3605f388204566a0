/** "Check a credential": `<mc-scan>` for links, text, files and the camera, and samples to try. */
import type { SampleCatalogue, SampleDownload } from '../../src/samples/sample-record.ts';
import type { TextKey } from '../../text/index.ts';
import { html, text, type Markup } from '../html.ts';

/** The micro-credential's files: the credential itself, baked into badges, and on a certificate as a QR code. */
const FILE_LABELS: Readonly<Partial<Record<SampleDownload['format'], TextKey>>> = {
  json: 'check.fileJson',
  png: 'check.filePng',
  svg: 'check.fileSvg',
  pdf: 'check.filePdf',
};

export function checkPage(catalogue: SampleCatalogue): Markup {
  const micro = catalogue.samples.find((sample) => sample.id === 'eu-micro-credential');
  const links = catalogue.links.map(
    (link) => html`<li>
      <button type="button" class="button button--quiet" data-check-url="${link.url}">${text(`samples.${link.id}.title`)}</button>
      <code class="url">${link.url}</code>
    </li>`,
  );
  const files = (micro?.downloads ?? []).flatMap((download) => {
    const label = FILE_LABELS[download.format];
    return label ? [html`<li><a href="${download.file}" download>${text(label)}</a></li>`] : [];
  });
  return html`
  ${text('check.title', 'h1')}
  ${text('check.lead', 'p', { class: 'lead' })}
  <mc-scan id="scanner" heading-level="2"></mc-scan>
  <section class="panel try" aria-labelledby="try-heading">
    ${text('check.tryHeading', 'h2', { id: 'try-heading' })}
    ${text('check.tryLinks', 'p')}
    <ul class="sample-links">${links}</ul>
    ${text('check.tryFiles', 'p')}
    <ul class="downloads">${files}</ul>
  </section>
  ${text('check.privacy', 'p', { class: 'note' })}`;
}
