/** "Gallery": gives each card's `<mc-verify>` its sample and the documents it needs (offline). */
import { sampleInput } from '../site/documents.ts';
import type { McVerify } from '../site/elements.ts';
import { formatDay, startPage, type PageContext } from '../site/page.ts';

function showJudgedAt(context: PageContext): void {
  for (const note of document.querySelectorAll<HTMLElement>('[data-judged-at]')) {
    note.textContent = context.text.gallery.judgedAt(formatDay(note.dataset.judgedAt ?? '', context.language));
  }
}

const context = await startPage(showJudgedAt);
await Promise.all(
  [...document.querySelectorAll<HTMLElement>('[data-sample]')].map(async (card) => {
    const element = card.querySelector<McVerify>('mc-verify');
    if (!element) return;
    element.documents = context.documents;
    const input = await sampleInput(context.catalogue, card.dataset.sample ?? '');
    if ('src' in input) element.src = input.src;
    else element.credential = input.credential;
  }),
);
