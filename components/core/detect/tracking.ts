/**
 * Tracking LinkedIn and campaign tools add to credential links (research/links.md §1 Credly row,
 * §2.1): the `trk`, `utm_*` and `source=linked_in_profile` parameters, and the share suffixes
 * Credly appends to a badge page's path (`/linked_in_profile`, `/linked_in`, `/public_url`).
 */
const isTrackingParam = (name: string, value: string): boolean =>
  name === 'trk' || /^utm_/i.test(name) || (name === 'source' && /^linked_?in/i.test(value));

const TRACKING_PATH_SUFFIXES: readonly { host: RegExp; suffix: RegExp }[] = [
  { host: /^(?:www\.)?(?:credly|youracclaim)\.com$/, suffix: /(\/badges\/[^/]+)\/(?:public_url|linked_in_profile|linked_in)\/?$/i },
];

/** A copy of the URL without tracking parameters and share suffixes. */
export function removeTracking(url: URL): URL {
  const clean = new URL(url.href);
  const params = [...url.searchParams];
  const kept = params.filter(([name, value]) => !isTrackingParam(name, value));
  if (kept.length < params.length) clean.search = new URLSearchParams(kept).toString();
  for (const { host, suffix } of TRACKING_PATH_SUFFIXES) {
    if (host.test(clean.hostname)) clean.pathname = clean.pathname.replace(suffix, '$1');
  }
  return clean;
}
