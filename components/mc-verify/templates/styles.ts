/**
 * Styles for the templates, usable in any shadow root that renders them. Colours come from
 * `--mc-verify-*` custom properties with light and dark defaults; `theme="light|dark"` on the host
 * forces one, otherwise `prefers-color-scheme` decides.
 */
import { css } from 'lit';

const light = css`
  --_bg: var(--mc-verify-background, #ffffff);
  --_surface: var(--mc-verify-surface, #f6f7f9);
  --_text: var(--mc-verify-text, #1b1f24);
  --_muted: var(--mc-verify-muted, #4d5560);
  --_border: var(--mc-verify-border, #d3d8de);
  --_link: var(--mc-verify-link, #0b57b5);
  --_focus: var(--mc-verify-focus, #0b57b5);
  --_verified: var(--mc-verify-verified, #16713a);
  --_invalid: var(--mc-verify-invalid, #b3261e);
  --_revoked: var(--mc-verify-revoked, #9b1c1c);
  --_suspended: var(--mc-verify-suspended, #9a4500);
  --_expired: var(--mc-verify-expired, #855000);
  --_not-yet-valid: var(--mc-verify-not-yet-valid, #1d5ea8);
  --_unverifiable: var(--mc-verify-unverifiable, #4b5563);
  --_attention: var(--mc-verify-attention, #855000);
`;

const dark = css`
  --_bg: var(--mc-verify-background, #16181d);
  --_surface: var(--mc-verify-surface, #1f232a);
  --_text: var(--mc-verify-text, #eef1f4);
  --_muted: var(--mc-verify-muted, #b4bcc6);
  --_border: var(--mc-verify-border, #3a414b);
  --_link: var(--mc-verify-link, #8ab8ff);
  --_focus: var(--mc-verify-focus, #8ab8ff);
  --_verified: var(--mc-verify-verified, #6fd58e);
  --_invalid: var(--mc-verify-invalid, #ff8b80);
  --_revoked: var(--mc-verify-revoked, #ff7474);
  --_suspended: var(--mc-verify-suspended, #ffad66);
  --_expired: var(--mc-verify-expired, #f2c063);
  --_not-yet-valid: var(--mc-verify-not-yet-valid, #8fb8ff);
  --_unverifiable: var(--mc-verify-unverifiable, #b8c0cb);
  --_attention: var(--mc-verify-attention, #f2c063);
`;

/** The colour tokens, light by default, dark with `theme="dark"` or a dark system preference. */
export const themeStyles = css`
  :host {
    ${light}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
`;

/** The box of an element (`<mc-verify>`, `<mc-scan>`): a block in the theme's font, gone when `hidden`. */
export const hostStyles = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--mc-verify-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--mc-verify-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Hidden parts stay hidden; visually hidden text is still read by screen readers. */
export const hiddenStyles = css`
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Styles shared by the chip and the full view: icons, verdict colours, focus, hidden text. */
const commonStyles = css`
  ${hiddenStyles}
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [data-verdict='verified'],
  .check--passed {
    --_state: var(--_verified);
  }
  [data-verdict='invalid'],
  .check--failed {
    --_state: var(--_invalid);
  }
  [data-verdict='revoked'] {
    --_state: var(--_revoked);
  }
  [data-verdict='suspended'] {
    --_state: var(--_suspended);
  }
  [data-verdict='expired'] {
    --_state: var(--_expired);
  }
  [data-verdict='not-yet-valid'] {
    --_state: var(--_not-yet-valid);
  }
  [data-verdict='unverifiable'],
  .check--error,
  .verdict--error {
    --_state: var(--_unverifiable);
  }
  .check--skipped,
  .check--pending,
  .verdict--checking,
  .chip--checking,
  .chip--error,
  [data-verdict='not-a-credential'] {
    --_state: var(--_muted);
  }
  .spin .icon,
  .chip--checking .icon {
    animation: mc-verify-spin 1s linear infinite;
  }
  @keyframes mc-verify-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spin .icon,
    .chip--checking .icon {
      animation: none;
    }
  }
`;

/** The verdict chip, for hosts that render `verdictChip()` on its own. */
export const chipStyles = css`
  ${commonStyles}
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.55em 0.1em 0.35em;
    border: 1.5px solid var(--_state);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_state) 10%, var(--_bg));
    color: var(--_text);
    font: 600 0.8125rem/1.4 var(--mc-verify-font-family, system-ui, sans-serif);
    white-space: nowrap;
  }
  .chip .icon {
    color: var(--_state);
    width: 1.1em;
    height: 1.1em;
  }
`;

/** The full and compact report views, the progress view and the error view. */
export const reportStyles = css`
  ${commonStyles}
  .verdict {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_state);
    border-radius: var(--mc-verify-radius, 0.5rem);
    background: color-mix(in srgb, var(--_state) 8%, var(--_bg));
  }
  .verdict__icon {
    color: var(--_state);
    font-size: 1.75rem;
    line-height: 1;
  }
  .verdict__icon .icon {
    width: 1em;
    height: 1em;
  }
  .verdict__title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .verdict__summary,
  .verdict__reason,
  .verdict__checked {
    margin: 0.25rem 0 0;
  }
  .verdict__checked {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .credential {
    margin-top: 1rem;
    container-type: inline-size;
  }
  .credential__header {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
  }
  .credential__image {
    flex: none;
    width: var(--mc-verify-image-size, 6rem);
    height: var(--mc-verify-image-size, 6rem);
    object-fit: contain;
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
  }
  .credential__heading {
    min-width: 0;
    flex: 1;
  }
  .credential__name {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0.75rem 0 0;
  }
  .facts--people {
    margin-top: 0;
  }
  .facts > div,
  .eu__elements > div {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.75rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .trust,
  .note,
  .issuer__url {
    display: flex;
    gap: 0.35em;
    align-items: flex-start;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .trust--confirmed .icon {
    color: var(--_verified);
  }
  .issuer__name {
    font-weight: 600;
  }
  .section {
    margin-top: 1.25rem;
  }
  .section__title {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  .prose {
    overflow-wrap: anywhere;
  }
  .prose > :first-child {
    margin-top: 0;
  }
  .prose > :last-child {
    margin-bottom: 0;
  }
  a {
    color: var(--_link);
  }
  .host,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta {
    display: block;
  }
  .list,
  .checks,
  .children {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .check {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
  }
  .check__icon {
    color: var(--_state);
    padding-top: 0.1rem;
  }
  .check__body {
    min-width: 0;
    flex: 1;
  }
  .check__head,
  .check__sentence {
    margin: 0;
  }
  .check__name {
    font-weight: 600;
  }
  .check__state {
    color: var(--_muted);
  }
  .check__state::before {
    content: '— ';
  }
  .problems {
    margin: 0.375rem 0 0;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .problems dd {
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .problem__code-label,
  .problem__title {
    color: var(--_muted);
  }
  code {
    font-family: var(--mc-verify-code-font-family, ui-monospace, monospace);
  }
  .expander {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin-top: 0.375rem;
    padding: 0.25rem 0.5rem 0.25rem 0.25rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
    background: var(--_bg);
    color: var(--_link);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .expander .icon {
    transition: transform 0.15s ease;
  }
  .expander[aria-expanded='true'] .icon {
    transform: rotate(90deg);
  }
  .expander[aria-expanded='true'] .expander__closed,
  .expander:not([aria-expanded='true']) .expander__open {
    display: none;
  }
  .no-details {
    color: var(--_muted);
  }
  .notes ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .child {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--mc-verify-radius, 0.5rem);
  }
  .eu__intro,
  .eu__label,
  .eu__summary,
  .eu__completeness,
  .eu__claim {
    margin: 0.25rem 0 0;
  }
  .eu__intro,
  .eu__claim,
  .eu-meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .eu__label {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .eu--compact {
    margin-top: 0.5rem;
  }
  .eu__completeness,
  .eu__claim,
  .eu-not-stated,
  .eu__warnings li {
    display: flex;
    gap: 0.35em;
    align-items: flex-start;
  }
  .eu__completeness {
    font-weight: 600;
  }
  .eu__completeness .icon,
  .eu-not-stated--required .icon,
  .eu__warnings .icon {
    color: var(--_attention);
  }
  .eu__completeness[data-complete='true'] .icon {
    color: var(--_verified);
  }
  .eu__subtitle {
    margin: 1rem 0 0.5rem;
    font-size: 0.9375em;
  }
  .eu__elements,
  .eu__paths {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  /* One label column for all rows of a list, so the values line up. */
  .eu__elements {
    grid-template-columns: fit-content(40%) 1fr;
    column-gap: 0.75rem;
  }
  .eu__elements > div {
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .eu__elements dt {
    color: var(--_muted);
  }
  .eu__elements dd,
  .eu__paths dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .eu-values,
  .eu-skills,
  .eu__paths ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .eu-not-stated {
    display: inline-flex;
    font-weight: 600;
  }
  .eu-not-stated:not(.eu-not-stated--required) {
    color: var(--_muted);
    font-weight: normal;
  }
  .eu-text {
    white-space: pre-line;
  }
  .eu__warnings ul {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .eu__sources {
    margin-top: 0.375rem;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--mc-verify-radius, 0.5rem) / 2);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .eu__paths dt {
    font-weight: 600;
  }
  .eu__paths code {
    overflow-wrap: anywhere;
  }
  .report--compact .credential__image {
    width: var(--mc-verify-image-size, 3.5rem);
    height: var(--mc-verify-image-size, 3.5rem);
  }
  .report--compact .verdict {
    padding: 0.625rem 0.75rem;
  }
  .report--compact .verdict__summary,
  .report--compact .verdict__checked {
    font-size: 0.875em;
  }
  @media (prefers-reduced-motion: reduce) {
    .expander .icon {
      transition: none;
    }
  }
  /* Narrow cards (a phone, a side panel): image above the name, labels above their values. */
  @container (max-width: 30rem) {
    .credential__header {
      flex-direction: column;
    }
    .facts > div,
    .eu__elements > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
