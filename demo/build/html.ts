/**
 * HTML for the build: a tagged template that escapes every interpolated value unless it is itself
 * markup made here, so text from credentials, the manifest or the text files can never become tags.
 */
import { en, textAt, type TextKey } from '../text/index.ts';

/** Markup made by {@link html}; the only values inserted without escaping. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Markup | string | number | boolean | null | undefined | readonly Value[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function render(value: Value): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i] as Value) : ''), ''));
}

/** The English text at `key`; the build fails on a key the text does not have. */
export function english(key: TextKey): string {
  const text = textAt(en, key);
  if (text === undefined) throw new Error(`no text at ${key}`);
  return text;
}

/**
 * An element whose content is the text at `key`, marked so the page can switch its language:
 * `text('nav.check', 'a', { href: './' })`.
 */
export function text(key: TextKey, tag = 'span', attributes: Record<string, string | boolean | undefined> = {}): Markup {
  return html`<${new Markup(tag)} data-text="${key}"${attrs(attributes)}>${english(key)}</${new Markup(tag)}>`;
}

/** Attributes from a record: `true` writes the name alone, `false` and `undefined` nothing. */
export function attrs(attributes: Record<string, string | boolean | undefined>): Markup {
  return new Markup(
    Object.entries(attributes)
      .map(([name, value]) => (value === true ? ` ${name}` : value === false || value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`))
      .join(''),
  );
}

/**
 * Attributes whose values are text (labels, placeholders), with the marks the page uses to
 * translate them: `textAttrs({ 'aria-label': 'site.navLabel' })`.
 */
export function textAttrs(attributes: Record<string, TextKey>): Markup {
  const entries = Object.entries(attributes);
  const marks = entries.map(([name, key]) => `${name}=${key}`).join(';');
  return html`${attrs(Object.fromEntries(entries.map(([name, key]) => [name, english(key)])))} data-text-attrs="${marks}"`;
}
