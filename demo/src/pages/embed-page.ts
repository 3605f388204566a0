/** "Embed it": the options form drives the snippet and the live preview; the copy button copies the snippet. */
import { copyText } from '../embed/clipboard.ts';
import { DEFAULT_HEADING_LEVEL, embedAttributes, embedSnippet, type EmbedOptions, type EmbedTheme } from '../embed/snippet.ts';
import { UI_LANGUAGES, type McVerify } from '../site/elements.ts';
import { sampleHostDocuments } from '../site/documents.ts';
import { startPage, type PageContext } from '../site/page.ts';

const form = document.querySelector<HTMLFormElement>('#embed-options');
const snippet = document.querySelector<HTMLElement>('#snippet');
const preview = document.querySelector<McVerify>('#embed-preview');
const copyButton = document.querySelector<HTMLButtonElement>('#copy-snippet');
const copyStatus = document.querySelector<HTMLElement>('#copy-status');

/** The attributes the form controls on the preview; any other stays as the page set it. */
const MANAGED = ['src', 'theme', 'lang', 'compact', 'heading-level', 'recipient', 'trust'];

function readOptions(data: FormData): EmbedOptions {
  const value = (name: string): string => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
  const theme = value('theme');
  const lang = value('lang');
  const headingLevel = Number(value('headingLevel'));
  return {
    src: value('src'),
    theme: theme === 'light' || theme === 'dark' ? (theme satisfies EmbedTheme) : 'auto',
    lang: UI_LANGUAGES.find((language) => language === lang) ?? '',
    compact: data.has('compact'),
    headingLevel: Number.isInteger(headingLevel) && headingLevel >= 2 && headingLevel <= 6 ? headingLevel : DEFAULT_HEADING_LEVEL,
    recipient: value('recipient'),
    trust: value('trust'),
  };
}

function update(context: PageContext): void {
  if (!form || !snippet || !preview) return;
  // The documents go first: a preview given its link before them would look for the samples online.
  if (!preview.documents) preview.documents = sampleHostDocuments(context.documents);
  const options = readOptions(new FormData(form));
  snippet.textContent = embedSnippet(options);
  const attributes = new Map(embedAttributes(options));
  // "The page's language" is the demo page's here, so the preview follows the language switcher.
  if (!attributes.has('lang')) attributes.set('lang', context.language);
  for (const name of MANAGED) {
    const value = attributes.get(name);
    if (value === undefined) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== (value === true ? '' : value)) preview.setAttribute(name, value === true ? '' : value);
  }
}

const context = await startPage((current) => update(current));
form?.addEventListener('input', () => update(context));
form?.addEventListener('change', () => update(context));
form?.addEventListener('submit', (event) => event.preventDefault());

copyButton?.addEventListener('click', () => {
  if (!snippet || !copyStatus) return;
  void copyText(snippet.textContent ?? '').then((copied) => {
    copyStatus.textContent = copied ? context.text.embed.copied : context.text.embed.copyFailed;
    copyStatus.dataset.copied = String(copied);
  });
});
