/**
 * The chip as a lit-html function template (Chrome's isolated worlds have no custom elements,
 * ARCHITECTURE.md): the element's `verdictChip` inside a button, which opens the panel, with the
 * one-line reason as its description, shown when it has keyboard focus and as the title on hover.
 */
import { css, html, type TemplateResult } from 'lit';
import { en } from '../../components/mc-verify/labels/en.ts';
import type { Labels } from '../../components/mc-verify/labels/labels.ts';
import { chipStyles, themeStyles } from '../../components/mc-verify/templates/styles.ts';
import { verdictChip } from '../../components/mc-verify/templates/verdict.ts';
import type { ChipVerdict } from '../messaging/protocol.ts';

/** The element's labels with this chip's words in place, so `verdictChip` shows the worker's words. */
function chipLabels(verdict: ChipVerdict): Labels {
  if (verdict.kind === 'checking') return { ...en, ui: { ...en.ui, chipChecking: verdict.label } };
  if (verdict.kind === 'not-a-credential') return { ...en, ui: { ...en.ui, chipNotCredential: verdict.label } };
  return { ...en, verdicts: { ...en.verdicts, [verdict.kind]: { chip: verdict.label, title: verdict.label, summary: verdict.reason } } };
}

export function chipTemplate(verdict: ChipVerdict, onActivate: (event: Event) => void): TemplateResult {
  return html`<button type="button" class="chip-button" aria-describedby="why" @click=${onActivate}>
      ${verdictChip(verdict.kind, chipLabels(verdict))}<span class="visually-hidden"> (mc-verify)</span></button
    ><span id="why" role="tooltip" class="why">${verdict.reason}</span>`;
}

const ownStyles = css`
  :host {
    all: initial;
    display: inline-block;
    position: relative;
    vertical-align: middle;
    margin-inline-start: 0.4em;
    line-height: normal;
  }
  .chip-button {
    all: unset;
    cursor: pointer;
    border-radius: 999px;
    display: inline-flex;
  }
  .chip-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .why {
    position: absolute;
    inset-inline-start: 0;
    top: calc(100% + 4px);
    z-index: 2147483647;
    width: max-content;
    max-width: 22rem;
    padding: 0.35em 0.6em;
    border-radius: 0.35em;
    background: var(--_text);
    color: var(--_bg);
    font: 400 0.75rem/1.35 var(--mc-verify-font-family, system-ui, sans-serif);
    white-space: normal;
    /* Hidden from view, not from assistive technology: aria-describedby reads it. */
    clip-path: inset(50%);
    opacity: 0;
    pointer-events: none;
  }
  .chip-button:focus-visible + .why,
  .chip-button:hover + .why {
    clip-path: none;
    opacity: 1;
  }
`;

/** Every rule the chip's shadow root needs, as one style sheet's text. */
export const CHIP_CSS = [themeStyles, chipStyles, ownStyles].map((sheet) => sheet.cssText).join('\n');
