/**
 * "Embed it": the snippet generator (options → snippet, copy button, live preview) and the
 * elements' reference generated from custom-elements.json.
 */
import { UI_LANGUAGES } from '../../../components/mc-verify/labels/labels.ts';
import { DEFAULT_HEADING_LEVEL, embedSnippet, type EmbedOptions } from '../../src/embed/snippet.ts';
import type { SampleCatalogue } from '../../src/samples/sample-record.ts';
import { LANGUAGE_NAMES, type TextKey } from '../../text/index.ts';
import { attrs, html, text, type Markup } from '../html.ts';

const THEMES: readonly [EmbedOptions['theme'], TextKey][] = [
  ['auto', 'embed.themeAuto'],
  ['light', 'embed.themeLight'],
  ['dark', 'embed.themeDark'],
];

function field(id: string, label: TextKey, help: TextKey | undefined, control: Markup): Markup {
  return html`<div class="field">
    ${text(label, 'label', { for: id })}
    ${control}
    ${help ? text(help, 'p', { class: 'help', id: `${id}-help` }) : ''}
  </div>`;
}

export function embedPage(catalogue: SampleCatalogue, reference: Markup): Markup {
  const initial: EmbedOptions = { src: catalogue.links[0]?.url ?? '', theme: 'auto', lang: '', compact: false, headingLevel: DEFAULT_HEADING_LEVEL, recipient: '', trust: '' };
  return html`
  ${text('embed.title', 'h1')}
  ${text('embed.lead', 'p', { class: 'lead' })}
  <section class="panel" aria-labelledby="install-heading">
    ${text('embed.installHeading', 'h2', { id: 'install-heading' })}
    ${text('embed.install', 'p')}
  </section>
  <div class="embed-layout">
    <section class="panel" aria-labelledby="options-heading">
      ${text('embed.optionsHeading', 'h2', { id: 'options-heading' })}
      <form id="embed-options" class="form">
        ${field('opt-src', 'embed.src', 'embed.srcHelp', html`<input id="opt-src" name="src" type="url" inputmode="url" spellcheck="false" autocomplete="off" value="${initial.src}" list="sample-urls" aria-describedby="opt-src-help">`)}
        <datalist id="sample-urls">${catalogue.links.map((link) => html`<option value="${link.url}"></option>`)}</datalist>
        <fieldset class="field">
          ${text('embed.theme', 'legend')}
          <div class="choices">
            ${THEMES.map(
              ([value, label]) => html`<span class="choice"><input type="radio" id="opt-theme-${value}" name="theme" value="${value}"${attrs({ checked: value === initial.theme })}>${text(label, 'label', { for: `opt-theme-${value}` })}</span>`,
            )}
          </div>
        </fieldset>
        ${field(
          'opt-lang',
          'embed.language',
          undefined,
          html`<select id="opt-lang" name="lang">${text('embed.languagePage', 'option', { value: '' })}${UI_LANGUAGES.map((language) => html`<option value="${language}" lang="${language}">${LANGUAGE_NAMES[language]}</option>`)}</select>`,
        )}
        <div class="field field--checkbox">
          <input type="checkbox" id="opt-compact" name="compact" aria-describedby="opt-compact-help">
          ${text('embed.compact', 'label', { for: 'opt-compact' })}
          ${text('embed.compactHelp', 'p', { class: 'help', id: 'opt-compact-help' })}
        </div>
        ${field('opt-heading', 'embed.headingLevel', undefined, html`<select id="opt-heading" name="headingLevel">${[2, 3, 4, 5, 6].map((level) => html`<option value="${level}"${attrs({ selected: level === initial.headingLevel })}>h${level}</option>`)}</select>`)}
        ${field('opt-recipient', 'embed.recipient', 'embed.recipientHelp', html`<input id="opt-recipient" name="recipient" type="email" autocomplete="off" spellcheck="false" aria-describedby="opt-recipient-help">`)}
        ${field('opt-trust', 'embed.trust', 'embed.trustHelp', html`<input id="opt-trust" name="trust" type="url" inputmode="url" autocomplete="off" spellcheck="false" aria-describedby="opt-trust-help">`)}
      </form>
    </section>
    <section class="panel" aria-labelledby="snippet-heading">
      ${text('embed.snippetHeading', 'h2', { id: 'snippet-heading' })}
      <pre class="snippet"><code id="snippet">${embedSnippet(initial)}</code></pre>
      <div class="copy-row">
        ${text('embed.copy', 'button', { type: 'button', id: 'copy-snippet', class: 'button' })}
        <p id="copy-status" class="copy-status" role="status" aria-live="polite"></p>
      </div>
      ${text('embed.previewHeading', 'h2', { id: 'preview-heading' })}
      ${text('embed.previewNote', 'p', { class: 'note' })}
      <div class="live-preview" id="live-preview">
        <mc-verify id="embed-preview" data-own-language></mc-verify>
      </div>
    </section>
  </div>
  <section class="panel api" aria-labelledby="api-heading">
    ${text('embed.apiHeading', 'h2', { id: 'api-heading' })}
    ${text('embed.apiLead', 'p')}
    <div lang="en">${reference}</div>
  </section>`;
}
