/**
 * Markdown fields (OB 3.0 `criteria.narrative`, descriptions, evidence narratives). The text is
 * shown as plain text at once, then replaced by sanitised HTML when the markdown renderer
 * (marked and DOMPurify, about 20 KB) has loaded: pages that never show markdown never load it.
 */
import { noChange } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, PartType, type PartInfo } from 'lit/directive.js';
import { cleanText } from './text.ts';

type Renderer = typeof import('./markdown-render.ts');

let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  renderer ??= import('./markdown-render.ts');
  return renderer;
}

class MarkdownDirective extends AsyncDirective {
  #source: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('markdown() can only be used in child position');
  }

  render(source: string): string {
    return cleanText(source).text;
  }

  // Parsing and sanitising again on every render would also replace the nodes under the reader's focus.
  override update(_part: unknown, [source]: [string]): string | typeof noChange {
    if (source === this.#source) return noChange;
    this.#source = source;
    void loadRenderer().then(({ renderMarkdown }) => {
      if (this.#source === source && this.isConnected) this.setValue(renderMarkdown(source));
    });
    return this.render(source);
  }
}

/** Renders markdown from a credential as sanitised HTML, re-rendering only when the text changes. */
export const markdown = directive(MarkdownDirective);

/** Loads the markdown renderer ahead of time (tests, and pages that know they will need it). */
export async function markdownReady(): Promise<void> {
  await loadRenderer();
}
