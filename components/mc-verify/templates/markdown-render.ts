/**
 * Markdown → sanitised HTML: rendered with marked and sanitised with DOMPurify. Raw HTML is
 * dropped, links are http(s) only and open with `rel="noopener noreferrer nofollow"`, images
 * become their alt text. Loaded on first use by the `markdown()` directive.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
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
