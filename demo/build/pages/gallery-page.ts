/**
 * "Gallery": every gallery sample in its own card with a live `<mc-verify>`, where it comes from,
 * and its files to download. The EU micro-credential is shown in full (with its Annex I panel);
 * the others compactly.
 */
import { GALLERY_SAMPLES, type SampleCatalogue, type SampleRecord } from '../../src/samples/sample-record.ts';
import { attrs, html, text, type Markup } from '../html.ts';
import { en } from '../../text/index.ts';

const FEATURED = new Set(['eu-micro-credential']);

function sourceLine(sample: SampleRecord): Markup {
  const { source } = sample;
  if (!source) return text('gallery.ownSample', 'p', { class: 'sample__source' });
  return html`<p class="sample__source">
    ${text('gallery.source', 'span')}: <a href="https://github.com/${source.repository}">${source.repository}</a>, <span class="path">${source.path}</span>${source.how ? html` (${source.how})` : ''}.
    ${text('gallery.licence', 'span')}: ${source.licence}.
  </p>`;
}

function card(sample: SampleRecord): Markup {
  const featured = FEATURED.has(sample.id);
  const downloads = sample.downloads.map((download) => html`<li><a href="${download.file}" download>${text(`gallery.formats.${download.format}`)}</a></li>`);
  return html`<li class="sample${featured ? ' sample--featured' : ''}" id="sample-${sample.id}" data-sample="${sample.id}" data-expect="${sample.expect}">
    <article class="panel" aria-labelledby="title-${sample.id}">
      ${text(`samples.${sample.id}.title`, 'h2', { id: `title-${sample.id}`, class: 'sample__title' })}
      ${text(`samples.${sample.id}.about`, 'p', { class: 'sample__about' })}
      <mc-verify heading-level="3" offline now="${sample.judgedAt}"${attrs({ compact: !featured })}></mc-verify>
      <div class="sample__meta">
        <p class="sample__judged" data-judged-at="${sample.judgedAt}">${en.gallery.judgedAt(sample.judgedAt.slice(0, 10))}</p>
        ${sourceLine(sample)}
        ${downloads.length > 0 ? html`${text('gallery.download', 'p', { class: 'sample__downloads-label' })}<ul class="downloads downloads--inline">${downloads}</ul>` : ''}
      </div>
    </article>
  </li>`;
}

export function galleryPage(catalogue: SampleCatalogue): Markup {
  const samples = GALLERY_SAMPLES.map((id) => {
    const sample = catalogue.samples.find((entry) => entry.id === id);
    if (!sample) throw new Error(`the catalogue has no gallery sample ${id}`);
    return card(sample);
  });
  return html`
  ${text('gallery.title', 'h1')}
  ${text('gallery.lead', 'p', { class: 'lead' })}
  <ul class="gallery">${samples}</ul>`;
}
