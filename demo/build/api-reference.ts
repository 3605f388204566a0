/**
 * The elements' documented API, generated from custom-elements.json (written by `npm run build`
 * from the elements' JSDoc): attributes, properties, methods, events, slots, CSS parts and CSS
 * custom properties. In English, as the JSDoc is.
 */
import { readFileSync } from 'node:fs';
import { escapeHtml, html, Markup } from './html.ts';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}

interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
  parameters?: Described[];
  return?: { type?: { text: string } };
}

interface Attribute extends Described {
  fieldName?: string;
}

interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Every custom element in the manifest, in manifest order. */
export function customElements(manifest: Manifest): Declaration[] {
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement === true && declaration.tagName);
}

/** Inline `code` spans of JSDoc text as <code>, everything else escaped. */
function prose(text: string | undefined): Markup {
  if (!text) return new Markup('');
  const escaped = escapeHtml(text.trim());
  return new Markup(escaped.replace(/`([^`]+)`/g, '<code>$1</code>'));
}

/** JSDoc paragraphs (blank-line separated) as <p> elements. */
function paragraphs(text: string | undefined): Markup {
  if (!text) return new Markup('');
  return html`${text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => html`<p>${prose(paragraph)}</p>`)}`;
}

function table(id: string, caption: string, headings: readonly string[], rows: readonly (readonly Markup[])[]): Markup {
  if (rows.length === 0) return new Markup('');
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}">
    <table>
      <caption id="${id}">${caption}</caption>
      <thead><tr>${headings.map((heading) => html`<th scope="col">${heading}</th>`)}</tr></thead>
      <tbody>${rows.map((cells) => html`<tr>${cells.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}</tbody>
    </table>
  </div>`;
}

const code = (text: string | undefined): Markup => (text ? html`<code>${text}</code>` : new Markup(''));

const isPublic = (member: Member): boolean => !member.name.startsWith('#') && (member.privacy === undefined || member.privacy === 'public') && !member.static;

function elementReference(element: Declaration): Markup {
  const tag = element.tagName!;
  const id = (part: string) => `api-${tag}-${part}`;
  const members = (element.members ?? []).filter(isPublic);
  const attributeFields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  const attributes = (element.attributes ?? []).map((attribute) => [
    code(attribute.name),
    code(attribute.fieldName),
    code(attribute.type?.text),
    code(attribute.default),
    prose(attribute.description),
  ]);
  const properties = members
    .filter((member) => member.kind === 'field' && !attributeFields.has(member.name))
    .map((member) => [code(member.name), code(member.type?.text), prose(member.description)]);
  const methods = members
    .filter((member) => member.kind === 'method')
    .map((member) => [code(`${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`), code(member.return?.type?.text), prose(member.description)]);
  const events = (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), prose(event.description)]);
  const slots = (element.slots ?? []).map((slot) => [code(slot.name || '(default)'), prose(slot.description)]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), prose(part.description)]);
  const cssProperties = (element.cssProperties ?? []).map((property) => [code(property.name), prose(property.description)]);
  return html`<section class="api-element" aria-labelledby="${id('heading')}">
    <h3 id="${id('heading')}"><code>&lt;${tag}&gt;</code></h3>
    ${element.summary ? html`<p class="lead">${prose(element.summary)}</p>` : ''}
    ${paragraphs(element.description)}
    ${table(id('attributes'), `<${tag}> attributes`, ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes)}
    ${table(id('properties'), `<${tag}> properties (set from a script)`, ['Property', 'Type', 'Description'], properties)}
    ${table(id('methods'), `<${tag}> methods`, ['Method', 'Returns', 'Description'], methods)}
    ${table(id('events'), `<${tag}> events`, ['Event', 'Type', 'Description'], events)}
    ${table(id('slots'), `<${tag}> slots`, ['Slot', 'Description'], slots)}
    ${table(id('parts'), `<${tag}> CSS parts (style with ::part())`, ['Part', 'Description'], parts)}
    ${table(id('css-properties'), `<${tag}> CSS custom properties`, ['Property', 'Description'], cssProperties)}
  </section>`;
}

/** The reference for every element in the manifest. */
export function apiReference(manifest: Manifest): Markup {
  const elements = customElements(manifest);
  if (elements.length === 0) throw new Error('custom-elements.json documents no custom element: run `npm run build` first');
  return html`${elements.map(elementReference)}`;
}
