/**
 * The worker's fetch follows no redirect it cannot check first (research/security.md §3.5, §6 G
 * #82). A browser hides a redirect's target from scripts: `redirect: 'manual'` answers an opaque
 * response. To get past one, the engine asks again with `redirect: 'follow'` and judges only where
 * it landed, and by then the browser has sent a request to every hop, a private address included.
 * In the extension that second request is refused instead: the retrieval fails, and the credential
 * could not be verified.
 */
import type { FetchLike } from '../../components/core/index.ts';

export const HIDDEN_REDIRECT = 'the address redirects, and the extension follows no redirect whose target it cannot check first';

export function withoutHiddenRedirects(fetch: FetchLike): FetchLike {
  return (input, init) => {
    // fetch follows redirects unless told otherwise.
    if (init.redirect !== 'manual' && init.redirect !== 'error') return Promise.reject(new TypeError(HIDDEN_REDIRECT));
    return fetch(input, init);
  };
}
