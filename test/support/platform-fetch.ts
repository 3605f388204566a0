/**
 * A `fetch` for the engine that answers for credential platforms (api.credly.com, api.badgr.io,
 * verifierplus.org, ...) from a fixture server on 127.0.0.1: `https://<host><path>` is fetched as
 * `http://127.0.0.1:<port><path>`, keeping path and query, and the response reports the URL the
 * engine asked for. Every host not listed is refused with a rejected promise, as fetch does for a
 * network error, so nothing reaches the internet; so is anything but https on the default port.
 *
 * All routed hosts share the server's paths: give each host's documents paths of their own where
 * two hosts would otherwise collide.
 *
 * @example
 * ```ts
 * const asked: string[] = [];
 * const fetch = platformFetch(server, ['api.credly.com', 'www.credly.com'], asked);
 * server.json('/v1/obi/v2/badge_assertions/<uuid>', assertion);
 * await verify('https://www.credly.com/badges/<uuid>', { fetch });
 * ```
 */
import type { FetchLike } from '../../components/core/index.ts';
import type { FixtureServer } from './fixture-server.ts';

/** Platform hosts the tests route (research/links.md §1). */
export const PLATFORM_HOSTS = [
  'api.credly.com',
  'www.credly.com',
  'api.badgr.io',
  'api.eu.badgr.io',
  'verifierplus.org',
] as const;

/**
 * Routes `hosts` to `server`. Each URL it is asked for is appended to `asked`, so a test can say
 * which platform endpoints were (and were not) reached.
 */
export function platformFetch(server: FixtureServer, hosts: readonly string[], asked: string[] = []): FetchLike {
  const routed = new Set(hosts.map((host) => host.toLowerCase()));
  return async (input, init) => {
    const url = new URL(input);
    if (url.protocol !== 'https:' || url.port !== '' || !routed.has(url.hostname)) {
      throw new TypeError(`platformFetch refuses ${input}: only https://${[...routed].join(', https://')} are routed (to 127.0.0.1); tests never reach the internet`);
    }
    asked.push(url.href);
    const local = `http://127.0.0.1:${server.port}`;
    const response = await fetch(`${local}${url.pathname}${url.search}`, init);
    const reached = response.url.startsWith(local) ? `${url.origin}${response.url.slice(local.length)}` : url.href;
    Object.defineProperty(response, 'url', { value: reached });
    return response;
  };
}
