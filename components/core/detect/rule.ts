/**
 * The shape of a platform rule, and the table-driven helper every platform file uses: a host
 * pattern plus an ordered list of path routes, each turning its match into a link.
 */
import { JSON_ACCEPT } from '../fetch/media-types.ts';
import { problem, quote } from '../problems.ts';
import {
  GENERIC_ACCEPT,
  type CredentialLink,
  type EndpointLink,
  type ExpectedResponse,
  type GenericLink,
  type PlatformId,
  type PlatformPage,
  type PlatformPageLink,
  type RedirectLink,
  type UnreachableLink,
} from './link.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A link before detection adds the cleaned URL and the wrappers it looked through. */
export type Resolution = DistributiveOmit<CredentialLink, 'url' | 'via'>;

export interface PlatformRule {
  readonly platform: PlatformId;
  /** The platform's name as people know it. */
  readonly name: string;
  /** True when the URL's host belongs to this platform. */
  matches(url: URL): boolean;
  /** The link for a URL on one of the platform's hosts, or null for a path the rule does not know. */
  resolve(url: URL): Resolution | null;
}

/** One URL shape on a platform's hosts. */
export interface Route {
  /** Tested against `url.pathname`; the first capture group is handed to `resolve` as `id`. */
  readonly path: RegExp;
  /** Tested against `url.hash` as well, for single-page apps that route in the fragment. */
  readonly hash?: RegExp;
  readonly resolve: (id: string, url: URL) => Resolution;
}

export interface RoutedRuleSpec {
  platform: PlatformId;
  name: string;
  /** The platform's hostnames, as a pattern or a predicate. */
  host: RegExp | ((hostname: string) => boolean);
  routes: readonly Route[];
}

export function routedRule(spec: RoutedRuleSpec): PlatformRule {
  const { host } = spec;
  const isPlatformHost = typeof host === 'function' ? host : (hostname: string) => host.test(hostname);
  return {
    platform: spec.platform,
    name: spec.name,
    matches: (url) => isPlatformHost(url.hostname),
    resolve: (url) => {
      for (const route of spec.routes) {
        const id = matchRoute(route, url);
        if (id !== null) return route.resolve(id, url);
      }
      return null;
    },
  };
}

/** The route's id (first capture group of the hash pattern if any, else of the path), or null. */
function matchRoute(route: Route, url: URL): string | null {
  const path = route.path.exec(url.pathname);
  if (!path) return null;
  if (!route.hash) return path[1] ?? '';
  const hash = route.hash.exec(url.hash);
  return hash ? (hash[1] ?? '') : null;
}

export function endpoint(
  platform: PlatformId,
  fetchUrl: string,
  expect: ExpectedResponse,
  extra: Pick<EndpointLink, 'recipient' | 'fallback'> = {},
): Omit<EndpointLink, 'url' | 'via'> {
  return { kind: 'endpoint', platform, fetchUrl, accept: JSON_ACCEPT, expect, ...extra };
}

export function generic(url: URL, platform?: PlatformId): Omit<GenericLink, 'url' | 'via'> {
  const link: Omit<GenericLink, 'url' | 'via'> = { kind: 'generic', fetchUrl: url.href, accept: GENERIC_ACCEPT, expect: { format: 'any' } };
  return platform ? { ...link, platform } : link;
}

export function followRedirect(platform: PlatformId): Omit<RedirectLink, 'url' | 'via'> {
  return { kind: 'follow-redirect', platform };
}

export function needsApi(platform: PlatformId, detail: string): Omit<UnreachableLink, 'url' | 'via'> {
  return { kind: 'needs-api', platform, problem: problem('LINK_API_UNKNOWN', detail) };
}

/**
 * A page that is not a verifiable credential. `what` completes the sentence
 * "<url> is a <platform> <what>", e.g. "wallet (a person's list of badges)".
 */
export function platformPage(
  platform: PlatformId,
  platformName: string,
  page: PlatformPage,
  url: URL,
  what: string,
): Omit<PlatformPageLink, 'url' | 'via'> {
  const detail = `the URL ${quote(url.href)} is a ${platformName} ${what}, not a verifiable credential`;
  return { kind: 'platform-page', platform, platformName, page, problem: problem('PLATFORM_PAGE', detail) };
}

/** A certificate page that exists only as HTML: the platform's own statement, nothing to verify. */
export function htmlOnlyCertificate(platform: PlatformId, platformName: string, url: URL): Omit<PlatformPageLink, 'url' | 'via'> {
  return platformPage(platform, platformName, 'certificate-page', url, 'certificate page (HTML only, with no machine-readable credential behind it)');
}
