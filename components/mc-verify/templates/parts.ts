/**
 * Small building blocks the templates share: headings at a computed level, expander buttons, safe
 * links, and lists capped in length.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from './context.ts';
import { iconFor } from './icons.ts';
import { displayHost, linkUrl } from './urls.ts';

/** Longest list rendered; the rest is counted ("and 9,950 more"). */
export const MAX_LIST_ITEMS = 50;

/**
 * A heading at `level` (clamped to 2–6). Real heading elements, so screen reader users can jump
 * between sections.
 */
export function heading(level: number, content: unknown, className: string, part?: string): TemplateResult {
  const at = Math.min(6, Math.max(2, level));
  const p = part ?? nothing;
  switch (at) {
    case 2:
      return html`<h2 class=${className} part=${p}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${p}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${p}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${p}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${p}>${content}</h6>`;
  }
}

/**
 * Opens and closes the regions a button controls. The state lives in the DOM (`aria-expanded`,
 * `hidden`), so the templates work without an element to hold it: Lit only writes an attribute
 * when its bound value changes, so a re-render keeps what the reader opened.
 */
export function toggleRegions(event: Event): void {
  const button = event.currentTarget;
  if (!(button instanceof HTMLElement)) return;
  const expanded = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(expanded));
  const root = button.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  for (const id of (button.getAttribute('aria-controls') ?? '').split(/\s+/)) {
    const region = id ? root.getElementById(id) : null;
    if (!region) continue;
    // A region marked data-collapsed-only is the short version: visible while collapsed.
    region.hidden = region.hasAttribute('data-collapsed-only') ? expanded : !expanded;
  }
}

/**
 * A button that shows and hides the regions with the given ids. It is a real `<button>`, so Enter
 * and Space operate it, and it says whether it is open with `aria-expanded`.
 */
export function expanderButton(controls: string, closedLabel: string, openLabel: string, part = 'expander'): TemplateResult {
  return html`<button type="button" class="expander" part=${part} aria-expanded="false" aria-controls=${controls} @click=${toggleRegions}>
    ${iconFor('chevron')}<span class="expander__closed">${closedLabel}</span><span class="expander__open">${openLabel}</span>
  </button>`;
}

/** An element id unique within one rendering. */
export function idFor(ctx: RenderContext, key: string): string {
  return `${ctx.idPrefix}-${key.replace(/[^a-z0-9-]/gi, '-')}`;
}

/**
 * A link to an http(s) URL from a credential, or the text alone when the URL is anything else:
 * `javascript:` and `data:` never become links. Opens in a new tab, sends no referrer.
 */
export function safeLink(value: string | undefined, text: unknown, ctx: RenderContext, part = 'link'): TemplateResult | typeof nothing {
  const url = linkUrl(value);
  if (!url) return text === undefined || text === nothing ? nothing : html`<span>${text}</span>`;
  return html`<a href=${url.href} part=${part} target="_blank" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer"
    >${text ?? displayHost(url)}<span class="host">${text === undefined ? nothing : ` (${displayHost(url)})`}</span
    ><span class="visually-hidden"> ${ctx.labels.ui.opensInNewTab}</span></a
  >`;
}

/** The first {@link MAX_LIST_ITEMS} items, rendered, and a count of the rest. */
export function cappedList<T>(items: readonly T[], render: (item: T, index: number) => TemplateResult, ctx: RenderContext): TemplateResult[] {
  const shown = items.slice(0, MAX_LIST_ITEMS).map(render);
  if (items.length > MAX_LIST_ITEMS) shown.push(html`<li class="more">${ctx.labels.ui.moreItems(items.length - MAX_LIST_ITEMS)}</li>`);
  return shown;
}
