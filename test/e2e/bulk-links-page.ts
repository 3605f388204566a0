/**
 * A page with thousands of credential-like links and a DOM that never stops changing
 * (research/security.md §6 G #85): a feed of links to `…/bulk/credentials/c-<n>.json` on the
 * metered server, and a script that, every 16 ms, adds and removes posts, rewrites the href of
 * other links and adds one more credential-like link.
 */
import { linkedInProfilePage } from './linkedin-page.ts';

export const BULK_PATH = '/bulk/credentials/';

export interface BulkPageOptions {
  /** Where the credential-like links point: the metered server's origin. */
  origin: string;
  links: number;
}

const CHURN = `
  const feed = document.getElementById('feed');
  const origin = feed.dataset.origin;
  let tick = 0;
  setInterval(() => {
    tick++;
    for (let i = 0; i < 20; i++) {
      const post = document.createElement('div');
      post.className = 'churn';
      post.innerHTML = '<a href="https://www.linkedin.com/feed/update/' + tick + '-' + i + '/">post</a> <span>' + tick + '</span>';
      feed.prepend(post);
    }
    for (const old of [...document.querySelectorAll('.churn')].slice(60)) old.remove();
    for (const link of document.querySelectorAll('a.rewritten')) link.href = 'https://www.linkedin.com/in/someone-' + tick + '/';
    const extra = document.createElement('a');
    extra.href = origin + '${BULK_PATH}added-' + tick + '.json';
    extra.textContent = 'credential added at tick ' + tick;
    feed.append(extra);
  }, 16);
`;

export function bulkLinksPage({ origin, links }: BulkPageOptions): string {
  const items = Array.from({ length: links }, (_, n) => `<li><a href="${origin}${BULK_PATH}c-${n}.json">credential ${n}</a></li>`).join('\n');
  const rewritten = Array.from({ length: 5 }, (_, n) => `<a class="rewritten" href="https://www.linkedin.com/in/someone-${n}/">someone</a>`).join(' ');
  return linkedInProfilePage({
    person: 'Bulk Example',
    entries: [],
    after: `<section class="artdeco-card" id="feed" data-origin="${origin}">${rewritten}<ul>\n${items}\n</ul></section>`,
    script: CHURN,
  });
}
