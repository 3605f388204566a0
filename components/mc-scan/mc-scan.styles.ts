/** Styles of `<mc-scan>`: the theme tokens shared with `<mc-verify>`, and its own controls. */
import { css, type CSSResultGroup } from 'lit';
import { hiddenStyles, hostStyles, themeStyles } from '../mc-verify/templates/styles.ts';

const scanStyles = css`
  .base {
    display: grid;
    gap: 0.75rem;
    padding: var(--mc-verify-padding, 1rem);
    border: 2px dashed var(--_border);
    border-radius: var(--mc-verify-radius, 0.5rem);
    background: var(--_bg);
  }
  .base[data-dragging] {
    border-color: var(--_link);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
  .intro {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    padding: 0.4rem 0.8rem;
    border: 1px solid var(--_link);
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
    background: var(--_bg);
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }
  .button:focus-visible,
  .file:focus-within,
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .drop-hint {
    color: var(--_muted);
  }
  video {
    width: 100%;
    max-height: 60vh;
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
    background: #000;
  }
  .paste {
    display: grid;
    gap: 0.375rem;
  }
  .paste .button {
    justify-self: start;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
    background: var(--_bg);
    color: var(--_text);
    font: 0.875rem/1.4 var(--mc-verify-code-font-family, ui-monospace, monospace);
  }
  .message {
    margin: 0;
    min-height: 1.5em;
  }
  .message--problem {
    color: var(--_invalid);
  }
`;

/** The element's styles, in cascade order. */
export const styles: CSSResultGroup = [themeStyles, hostStyles, hiddenStyles, scanStyles];
