/**
 * Redirect wrappers around credential links: LinkedIn's outbound-link redirects and add-to-profile
 * links, Europass CV outbound links, VerifierPlus's verify-by-URL links and the Badgr widget's
 * badgecheck.io link (research/links.md §1 Badgr and VerifierPlus rows, §2.1, §2.2).
 */
import type { WrapperId } from './link.ts';

interface Wrapper {
  id: WrapperId;
  host: RegExp;
  path: RegExp;
  /** The wrapped URL as written in the wrapper, or null when it carries none. */
  inner: (url: URL) => string | null;
}

const LINKEDIN_HOST = /^(?:(?:[a-z]{2,3}|www)\.)?linkedin\.com$/;

const queryParam = (name: string) => (url: URL) => url.searchParams.get(name);

/** `#verify?vc=<url>`: VerifierPlus writes the inner URL unencoded, but an encoded one also occurs. */
function verifierPlusFragment(url: URL): string | null {
  const inner = /^#verify\?vc=(.+)$/.exec(url.hash)?.[1];
  if (!inner) return null;
  if (/^https?:\/\//i.test(inner)) return inner;
  try {
    return decodeURIComponent(inner);
  } catch {
    return null;
  }
}

const WRAPPERS: readonly Wrapper[] = [
  { id: 'linkedin-redirect', host: LINKEDIN_HOST, path: /^\/redir\/redirect\/?$/i, inner: queryParam('url') },
  { id: 'linkedin-safety-go', host: LINKEDIN_HOST, path: /^\/safety\/go\/?$/i, inner: queryParam('url') },
  // Issuers' "Add to profile" buttons carry the credential URL in certUrl (edubadges report 64).
  { id: 'linkedin-add-to-profile', host: LINKEDIN_HOST, path: /^\/profile\/add\/?$/i, inner: queryParam('certUrl') },
  {
    id: 'europass-redirect-external',
    host: /^europa\.eu$/,
    path: /^\/europass\/eportfolio\/screen\/redirect-external\/?$/i,
    inner: queryParam('url'),
  },
  { id: 'verifierplus-verify', host: /^(?:stage\.)?verifierplus\.org$/, path: /^\/?$/, inner: verifierPlusFragment },
  { id: 'badgecheck', host: /^(?:www\.)?badgecheck\.io$/, path: /^\/?$/, inner: queryParam('url') },
];

/** Wrappers inside wrappers beyond this depth are left as they are. */
const MAX_WRAPPERS = 4;

export interface Unwrapped {
  url: URL;
  via: WrapperId[];
}

/**
 * Removes redirect wrappers, outermost first. A wrapper whose inner URL is missing or not absolute
 * stays as it is; the inner URL may have any scheme, which the caller judges.
 */
export function unwrapRedirects(url: URL): Unwrapped {
  const via: WrapperId[] = [];
  let current = url;
  while (via.length < MAX_WRAPPERS) {
    const wrapper = WRAPPERS.find((w) => w.host.test(current.hostname) && w.path.test(current.pathname));
    const inner = wrapper ? parseAbsolute(wrapper.inner(current)) : null;
    if (!wrapper || !inner) break;
    via.push(wrapper.id);
    current = inner;
  }
  return { url: current, via };
}

function parseAbsolute(text: string | null): URL | null {
  if (!text) return null;
  try {
    return new URL(text.trim());
  } catch {
    return null;
  }
}
