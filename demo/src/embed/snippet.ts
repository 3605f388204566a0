/**
 * The embed snippet an institution copies: the script tag and one `<mc-verify>` with the chosen
 * attributes. Attributes at their default are left out, so the snippet says only what was chosen.
 */
import type { UiLanguage } from '../../../components/mc-verify/labels/labels.ts';

export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  src: string;
  theme: EmbedTheme;
  /** Empty: the element follows the page's language. */
  lang: UiLanguage | '';
  compact: boolean;
  headingLevel: number;
  recipient: string;
  trust: string;
}

/** Where the snippet expects the bundle: copy dist/mc-verify/ to the site's /mc-verify/. */
export const SCRIPT_PATH = '/mc-verify/mc-verify.js';

export const DEFAULT_HEADING_LEVEL = 2;

/** The attributes for these options, in a fixed order; `true` is a boolean attribute. */
export function embedAttributes(options: EmbedOptions): [string, string | true][] {
  const attributes: [string, string | true][] = [];
  if (options.src.trim() !== '') attributes.push(['src', options.src.trim()]);
  if (options.theme !== 'auto') attributes.push(['theme', options.theme]);
  if (options.lang !== '') attributes.push(['lang', options.lang]);
  if (options.compact) attributes.push(['compact', true]);
  if (options.headingLevel !== DEFAULT_HEADING_LEVEL) attributes.push(['heading-level', String(options.headingLevel)]);
  if (options.recipient.trim() !== '') attributes.push(['recipient', options.recipient.trim()]);
  if (options.trust.trim() !== '') attributes.push(['trust', options.trust.trim()]);
  return attributes;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(options: EmbedOptions): string {
  const attributes = embedAttributes(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script type="module" src="${SCRIPT_PATH}"></script>\n<mc-verify${attributes}></mc-verify>`;
}
