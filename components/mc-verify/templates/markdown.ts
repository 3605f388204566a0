/**
 * Markdown fields (OB 3.0 `criteria.narrative`, descriptions, evidence narratives) rendered with
 * marked and sanitised with DOMPurify: raw HTML is dropped, links are http(s) only and open with
 * `rel="noopener noreferrer nofollow"`, images become their alt text.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { Marked } from 'marked';
import { cleanText } from './text.ts';
import { linkUrl } from './urls.ts';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // Raw HTML in a credential is the issuer's markup, not text: it is dropped, not escaped.
    html: () => '',
    // Remote images in text would track the reader; the alt text is enough.
    image: ({ text }) => escapeHtml(text),
    // Headings inside a field would break the page's heading outline.
    heading({ tokens }) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>`;
    },
  },
});

let purifier: Purifier | undefined;

/** One DOMPurify instance of our own, so our hooks never touch a host page's DOMPurify. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const anchor = node as HTMLAnchorElement;
    const url = linkUrl(anchor.getAttribute('href'));
    if (url) anchor.setAttribute('href', url.href);
    else anchor.removeAttribute('href');
    anchor.setAttribute('rel', 'noopener noreferrer nofollow');
    anchor.setAttribute('target', '_blank');
    anchor.setAttribute('referrerpolicy', 'no-referrer');
  });
  purifier = instance;
  return instance;
}

/** Markdown → a sanitised fragment. The text is cleaned and capped before it is parsed. */
export function renderMarkdown(source: string): DocumentFragment {
  const html = marked.parse(cleanText(source).text, { async: false });
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^https?:/i,
    RETURN_DOM_FRAGMENT: true,
  });
}

class MarkdownDirective extends Directive {
  #source: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('markdown() can only be used in child position');
  }

  render(source: string): DocumentFragment {
    return renderMarkdown(source);
  }

  // Parsing and sanitising again on every render would also replace the nodes under the reader's focus.
  override update(_part: unknown, [source]: [string]): DocumentFragment | typeof noChange {
    if (source === this.#source) return noChange;
    this.#source = source;
    return this.render(source);
  }
}

/** Renders markdown from a credential as sanitised HTML, re-rendering only when the text changes. */
export const markdown = directive(MarkdownDirective);
