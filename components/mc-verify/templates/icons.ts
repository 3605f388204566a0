/**
 * The icons: our own static SVG, hidden from assistive technology because every icon stands next
 * to words that say the same. Each verdict has its own shape, so no state relies on colour alone.
 */
import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';
import type { Verdict } from '../../core/index.ts';
import type { CheckState } from '../labels/labels.ts';

const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

const CIRCLE = svg`<circle cx="12" cy="12" r="9.5"/>`;

const SHAPES = {
  check: svg`${CIRCLE}<path d="M7.5 12.5l3 3 6-6.5"/>`,
  cross: svg`<path d="M8.2 2.8h7.6l5.4 5.4v7.6l-5.4 5.4H8.2l-5.4-5.4V8.2z"/><path d="M9 9l6 6M15 9l-6 6"/>`,
  clock: svg`${CIRCLE}<path d="M12 7v5l3.5 2"/>`,
  calendar: svg`<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4M12 13v4M10 15h4"/>`,
  ban: svg`${CIRCLE}<path d="M5.5 18.5l13-13"/>`,
  pause: svg`${CIRCLE}<path d="M10 8.5v7M14 8.5v7"/>`,
  question: svg`${CIRCLE}<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6"/><path d="M12 17.2v.1"/>`,
  warning: svg`<path d="M12 3.5l9.5 16.5h-19z"/><path d="M12 10v4.5M12 17.2v.1"/>`,
  minus: svg`${CIRCLE}<path d="M8 12h8"/>`,
  pending: svg`<circle cx="12" cy="12" r="9.5" stroke-dasharray="3 3.2"/>`,
  spinner: svg`<path d="M12 2.5a9.5 9.5 0 1 0 9.5 9.5"/>`,
  chevron: svg`<path d="M9 6l6 6-6 6"/>`,
  shield: svg`<path d="M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6z"/><path d="M8.5 12l2.5 2.5 4.5-5"/>`,
  info: svg`${CIRCLE}<path d="M12 11v6M12 7.5v.1"/>`,
  external: svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
} as const;

/** The names of the icons there are. */
export type IconName = keyof typeof SHAPES;

/** An icon by name. */
export function iconFor(name: IconName): TemplateResult {
  return icon(SHAPES[name]);
}

const VERDICT_ICONS: Readonly<Record<Verdict, IconName>> = {
  verified: 'check',
  invalid: 'cross',
  expired: 'clock',
  'not-yet-valid': 'calendar',
  revoked: 'ban',
  suspended: 'pause',
  unverifiable: 'question',
};

/** The icon of a verdict: a distinct shape for each. */
export function verdictIcon(verdict: Verdict): TemplateResult {
  return iconFor(VERDICT_ICONS[verdict]);
}

const CHECK_ICONS: Readonly<Record<CheckState, IconName>> = {
  passed: 'check',
  failed: 'cross',
  skipped: 'minus',
  error: 'question',
  pending: 'pending',
};

/** The icon of a check's state. */
export function checkIcon(state: CheckState): TemplateResult {
  return iconFor(CHECK_ICONS[state]);
}
