/** Styles of `<mc-verify>`: the theme tokens, the report views, and the card around them. */
import { css, type CSSResultGroup } from 'lit';
import { hostStyles, reportStyles, themeStyles } from './templates/styles.ts';

const cardStyles = css`
  .base {
    padding: var(--mc-verify-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--mc-verify-radius, 0.5rem);
    background: var(--_bg);
  }
  /* Nothing to show yet: no empty card, but the live region stays, so what comes next is announced. */
  .base[data-state='idle'] {
    padding: 0;
    border: 0;
  }
`;

/** The element's styles, in cascade order. */
export const styles: CSSResultGroup = [themeStyles, reportStyles, hostStyles, cardStyles];
