/**
 * "Preview as a recruiter": the learner's link or file goes through `<mc-scan>` (whose own view is
 * hidden), and the page shows the chip next to a LinkedIn-style entry, the fix-it advice, and the
 * full report as the extension's side panel shows it.
 */
import { PREVIEW_SAMPLES, type SampleCatalogue, type SampleInput } from '../../src/samples/sample-record.ts';
import type { TextKey } from '../../text/index.ts';
import { html, text, type Markup } from '../html.ts';

export function previewPage(catalogue: SampleCatalogue): Markup {
  const url = (input: SampleInput | undefined): string => (input?.kind === 'src' ? input.url : '');
  const micro = catalogue.links.find((link) => link.id === 'eu-micro-credential');
  const samples = PREVIEW_SAMPLES.map((id) => {
    const sample = catalogue.samples.find((entry) => entry.id === id);
    return html`<li>
      <button type="button" class="button button--quiet" data-preview-url="${url(sample?.input)}" data-sample="${id}" aria-describedby="about-${id}">${text(`samples.${id}.title`)}</button>
      ${text(`samples.${id}.about`, 'span', { class: 'hint', id: `about-${id}` })}
    </li>`;
  });
  const good: TextKey = 'preview.goodSample';
  return html`
  ${text('preview.title', 'h1')}
  ${text('preview.lead', 'p', { class: 'lead' })}
  <div class="preview-layout">
    <div class="preview-layout__input">
      <mc-scan id="scanner" heading-level="2"></mc-scan>
      ${text('preview.conditions', 'p', { class: 'note' })}
      <section class="panel try" aria-labelledby="samples-heading">
        ${text('preview.samplesHeading', 'h2', { id: 'samples-heading' })}
        ${text('preview.samplesIntro', 'p')}
        <ul class="sample-buttons">
          ${samples}
          <li><button type="button" class="button button--quiet" data-preview-url="${micro?.url ?? ''}" data-sample="eu-micro-credential">${text(good)}</button></li>
        </ul>
      </section>
    </div>
    <section class="preview-layout__result panel" id="result" aria-labelledby="result-heading">
      ${text('preview.resultHeading', 'h2', { id: 'result-heading' })}
      <p id="result-status" class="result-status" role="status" aria-live="polite"></p>
      ${text('preview.waiting', 'p', { id: 'result-waiting', class: 'note' })}
      <div id="result-body" hidden>
        <section aria-labelledby="linkedin-heading">
          ${text('preview.linkedinHeading', 'h3', { id: 'linkedin-heading' })}
          <div id="linkedin-entry" class="linkedin"></div>
          ${text('preview.chipNote', 'p', { class: 'note' })}
        </section>
        <section aria-labelledby="advice-heading">
          ${text('preview.adviceHeading', 'h3', { id: 'advice-heading' })}
          <p id="advice-summary"></p>
          <ol id="advice-list" class="advice"></ol>
        </section>
        <section aria-labelledby="report-heading">
          ${text('preview.reportHeading', 'h3', { id: 'report-heading' })}
          <mc-verify id="recruiter-view" heading-level="4"></mc-verify>
        </section>
      </div>
    </section>
  </div>`;
}
