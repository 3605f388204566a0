/**
 * Which URLs the engine may fetch. Every URL it fetches came from untrusted input (a credential,
 * a DID document, a profile link), so the default is narrow: https on the default port, to a
 * public DNS name, with no credentials in the URL.
 */
import { problem, quote, type Problem } from '../problems.ts';

export interface UrlPolicy {
  /**
   * Allow `http:` and `https:` to loopback hosts (`localhost`, `127.0.0.1`, `[::1]`) on any port.
   * For tests and local fixture servers only; off by default.
   */
  allowLoopback: boolean;
}

export const DEFAULT_URL_POLICY: UrlPolicy = { allowLoopback: false };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;
// Numeric forms WHATWG URL would otherwise normalise, such as 0x7f.1 or 2130706433.
const NUMERIC_HOST = /^(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+))*$/i;
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet', '.corp'];

/** Returns the parsed URL when the policy allows fetching it, or a problem saying why not. */
export function checkUrl(raw: string, policy: UrlPolicy = DEFAULT_URL_POLICY): URL | Problem {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem('FETCH_REFUSED', `${quote(raw)} is not an absolute URL`);
  }
  // A trailing dot names the same host (`localhost.` is localhost), so it is judged without it.
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (url.username || url.password) {
    return problem('FETCH_REFUSED', `${quote(raw)} carries credentials in the URL`);
  }
  if (host === '') return problem('FETCH_REFUSED', `${quote(raw)} names no host`);
  if (policy.allowLoopback && LOOPBACK_HOSTS.has(host) && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return url;
  }
  if (url.protocol !== 'https:') {
    return problem('FETCH_REFUSED', `${quote(raw)} uses ${quote(url.protocol)}; only https: is fetched`);
  }
  if (url.port !== '') {
    return problem('FETCH_REFUSED', `${quote(raw)} names port ${url.port}; only the default https port is fetched`);
  }
  if (host.startsWith('[') || IPV4_LITERAL.test(host) || NUMERIC_HOST.test(host)) {
    return problem('FETCH_REFUSED', `${quote(raw)} names an IP address, not a domain name`);
  }
  if (LOOPBACK_HOSTS.has(host) || !host.includes('.') || PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return problem('FETCH_REFUSED', `${quote(raw)} names a local or private host`);
  }
  return url;
}
