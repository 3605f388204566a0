/**
 * What a page's DOM holds, read through the DevTools protocol (`DOM.getDocument` with `pierce`),
 * so closed shadow roots (the extension's chips) and open ones (`<mc-verify>`) are read too: the
 * markup that could run code (inline event handlers, script elements the page did not load from a
 * file, frames and plugins, `javascript:` and `data:` links and sources), and the text shown.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface DomNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
  templateContent?: DomNode;
}

export interface MarkupAudit {
  /** Each piece of markup that could run code, described. Empty for a clean page. */
  offences: string[];
  /** The text of every text node, shadow roots included, joined with spaces. */
  text: string;
  /** How many elements there are, shadow roots included. */
  elements: number;
}

/** Elements that load or run documents of their own. */
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed', 'foreignobject', 'portal']);
/** Attributes that navigate or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset']);

/** True for a URL that runs code or a document when followed or loaded. */
function runsCode(tag: string, value: string): boolean {
  const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('data:text/html')) return true;
  // An SVG loaded as an image runs no script (§2); as a link target or a frame it would.
  return url.startsWith('data:image/svg') && tag !== 'img';
}

export async function auditMarkup(context: BrowserContext, page: Page): Promise<MarkupAudit> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const offences: string[] = [];
    const texts: string[] = [];
    let elements = 0;
    const visit = (node: DomNode) => {
      if (node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
      if (node.nodeType === 1) {
        elements++;
        const tag = (node.localName ?? node.nodeName).toLowerCase();
        const attributes = node.attributes ?? [];
        const names: string[] = [];
        for (let i = 0; i + 1 < attributes.length; i += 2) {
          const name = attributes[i]!.toLowerCase();
          const value = attributes[i + 1]!;
          names.push(name);
          if (name.startsWith('on')) offences.push(`<${tag}> has an inline handler ${name}="${value.slice(0, 60)}"`);
          if (URL_ATTRIBUTES.has(name) && runsCode(tag, value)) offences.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
        }
        if (tag === 'script' && !names.includes('src')) offences.push(`an inline <script>: ${(node.children?.[0]?.nodeValue ?? '').slice(0, 60)}`);
        if (FRAMES.has(tag)) offences.push(`a <${tag}>`);
      }
      // Only style and script text is not shown text.
      const skipText = node.nodeType === 1 && ['style', 'script'].includes((node.localName ?? '').toLowerCase());
      for (const child of [...(node.shadowRoots ?? []), ...(node.templateContent ? [node.templateContent] : []), ...(node.children ?? [])]) {
        if (!(skipText && child.nodeType === 3)) visit(child);
      }
      if (node.contentDocument) visit(node.contentDocument);
    };
    visit(root);
    return { offences, text: texts.join(' '), elements };
  } finally {
    await cdp.detach();
  }
}
