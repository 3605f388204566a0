/**
 * The pages the extension benchmark browses: a LinkedIn-like profile (linkedin-page.ts) whose
 * "Licenses & certifications" card links to the credentials, followed by a feed that brings the
 * document to a given number of elements, as a real profile page has thousands; and the markup of
 * the batches the benchmark adds to that feed, as a page loading more posts does.
 */
import { escapeHtml, linkedInProfilePage } from '../e2e/linkedin-page.ts';
import { ISSUER_NAME, LEARNER, type IssuedCredential } from './extension-site.ts';

/** The feed's id: batches are appended to it. */
export const FEED_ID = 'bench-feed';

/** Elements in a filler post: its block, the author line and link, the text, a hashtag, a button. */
const POST_ELEMENTS = 7;

function fillerPost(n: number): string {
  return `<div class="feed-shared-update-v2"><div class="update-components-actor"><a href="https://www.linkedin.com/in/member-${n}/"><span>Member ${n}</span></a></div><p class="update-components-text">Post ${n}: what I learned this week <a href="https://www.linkedin.com/feed/hashtag/learning${n}/">#learning</a></p><button type="button">Like</button></div>`;
}

/** Start tags in generated markup; its texts are escaped, so every `<` followed by a letter opens an element. */
function elementsIn(html: string): number {
  return html.match(/<[a-zA-Z]/g)?.length ?? 0;
}

/**
 * The profile of {@link LEARNER} with an entry per credential (title and issuer as the credential
 * says), then a feed of posts with links to other LinkedIn pages, up to `elements` elements in all.
 */
export function benchProfilePage(credentials: readonly IssuedCredential[], elements: number): string {
  const entries = credentials.map(({ url, title }) => ({ title, issuer: ISSUER_NAME, dates: 'Issued Jan 2025', href: url }));
  const emptyFeed = `<section class="artdeco-card" id="${FEED_ID}"></section>`;
  const withoutFiller = elementsIn(linkedInProfilePage({ person: LEARNER, entries, after: emptyFeed }));
  const missing = Math.max(0, elements - withoutFiller);
  const posts = Array.from({ length: Math.floor(missing / POST_ELEMENTS) }, (_, n) => fillerPost(n));
  const padding = '<i></i>'.repeat(missing % POST_ELEMENTS);
  return linkedInProfilePage({ person: LEARNER, entries, after: `<section class="artdeco-card" id="${FEED_ID}">${posts.join('\n')}${padding}</section>` });
}

/** A post of two elements: its block and a link, to a credential or to another LinkedIn post. */
function batchPost(href: string, text: string): string {
  return `<div class="feed-shared-update-v2"><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></div>`;
}

/**
 * `elements` elements of new posts (rounded down to whole posts of two), the first of them sharing
 * the given credentials, the rest linking to other posts.
 */
export function batchMarkup(batch: number, elements: number, credentials: readonly IssuedCredential[]): string {
  const posts = Math.floor(elements / 2);
  return Array.from({ length: posts }, (_, n) => {
    const credential = credentials[n];
    return credential ? batchPost(credential.url, `My credential: ${credential.title}`) : batchPost(`https://www.linkedin.com/feed/update/urn:li:activity:${batch}${n}/`, `Post ${batch}.${n}`);
  }).join('');
}
