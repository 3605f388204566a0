/**
 * The URL policy (ARCHITECTURE.md rule 4; research/security.md §3.5): every URL the engine fetches
 * came from untrusted input, so only https to a public DNS name on the default port, without
 * credentials in the URL, is allowed. Loopback is allowed only when the caller opts in (tests),
 * and even then private and link-local addresses stay refused.
 */
import { describe, expect, it } from 'vitest';
import { checkUrl, DEFAULT_URL_POLICY, type UrlPolicy } from '../../../components/core/fetch/url-policy.ts';

const LOOPBACK: UrlPolicy = { allowLoopback: true };

function outcome(url: string, policy: UrlPolicy = DEFAULT_URL_POLICY): string {
  const result = checkUrl(url, policy);
  return result instanceof URL ? 'allowed' : result.code;
}

describe('the default URL policy', () => {
  it.each([
    ['an https URL to a public host', 'https://example.org/badge.json'],
    ['an https URL with a query and a fragment', 'https://issuer.example.edu/status/3?x=1#list'],
    ['an https URL to a multi-label public host', 'https://digitalcredentials.github.io/dcc-did-web/did.json'],
    ['an https URL that spells out the default port 443', 'https://example.org:443/badge.json'],
    ['an https URL with an internationalised domain name', 'https://bücher.example/badge.json'],
  ])('allows %s', (_what, url) => {
    expect(outcome(url)).toBe('allowed');
  });

  it('returns the parsed URL when it allows one', () => {
    const allowed = checkUrl('https://Example.ORG/a/../badge.json');
    expect(allowed).toBeInstanceOf(URL);
    expect((allowed as URL).href).toBe('https://example.org/badge.json');
  });

  it.each([
    ['plain http', 'http://example.org/badge.json'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:application/json,{"type":"VerifiableCredential"}'],
    ['javascript:', 'javascript:alert(1)'],
    ['chrome-extension:', 'chrome-extension://abcdefghijklmnop/page.html'],
    ['moz-extension:', 'moz-extension://0b0e1b5c-0000-0000-0000-000000000000/page.html'],
    ['ftp:', 'ftp://example.org/badge.json'],
    ['ws:', 'ws://example.org/socket'],
    ['blob:', 'blob:https://example.org/0b0e1b5c-0000-0000-0000-000000000000'],
    ['a relative URL', '/badge.json'],
    ['a URL that does not parse', 'https://exa mple.org/'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(outcome(url)).toBe('FETCH_REFUSED');
  });

  it.each([
    ['an IPv4 literal', 'https://93.184.216.34/badge.json'],
    ['the IPv4 loopback literal', 'https://127.0.0.1/badge.json'],
    ['a private IPv4 literal (10/8)', 'https://10.0.0.1/badge.json'],
    ['a private IPv4 literal (192.168/16)', 'https://192.168.1.1/badge.json'],
    ['a private IPv4 literal (172.16/12)', 'https://172.16.0.1/badge.json'],
    ['the link-local cloud metadata address', 'https://169.254.169.254/latest/meta-data/'],
    ['the unspecified address 0.0.0.0', 'https://0.0.0.0/'],
    ['the single number 0', 'https://0/'],
    ['an IPv6 literal', 'https://[2001:db8::1]/badge.json'],
    ['the IPv6 loopback literal', 'https://[::1]/badge.json'],
    ['an IPv4-mapped IPv6 literal', 'https://[::ffff:127.0.0.1]/badge.json'],
    ['an IPv6 link-local literal', 'https://[fe80::1]/badge.json'],
    ['a decimal numeric host (2130706433 = 127.0.0.1)', 'https://2130706433/'],
    ['a hexadecimal numeric host', 'https://0x7f000001/'],
    ['a mixed hex/decimal dotted host (0x7f.1)', 'https://0x7f.1/'],
    ['an octal-looking dotted host (0177.0.0.1)', 'https://0177.0.0.1/'],
    ['a short dotted numeric host (127.1)', 'https://127.1/'],
  ])('refuses %s', (_what, url) => {
    expect(outcome(url)).toBe('FETCH_REFUSED');
  });

  it.each([
    ['localhost', 'https://localhost/badge.json'],
    ['LOCALHOST in capitals', 'https://LOCALHOST/badge.json'],
    ['a *.localhost name', 'https://issuer.localhost/badge.json'],
    ['a *.local (mDNS) name', 'https://printer.local/badge.json'],
    ['a *.internal name', 'https://metadata.google.internal/computeMetadata/v1/'],
    ['a *.home.arpa name', 'https://router.home.arpa/'],
    ['a *.lan name', 'https://nas.lan/'],
    ['a single-label host', 'https://intranet/badge.json'],
    ['another single-label host', 'https://router/'],
  ])('refuses %s', (_what, url) => {
    expect(outcome(url)).toBe('FETCH_REFUSED');
  });

  // A trailing dot makes a name fully qualified; it resolves exactly like the name without it.
  it.each([
    ['localhost. (fully qualified localhost)', 'https://localhost./badge.json'],
    ['a *.local. name', 'https://printer.local./badge.json'],
    ['a *.internal. name', 'https://metadata.google.internal./computeMetadata/v1/'],
    ['a single-label host written with a trailing dot', 'https://intranet./badge.json'],
  ])('refuses %s, the same host as without the trailing dot', (_what, url) => {
    expect(outcome(url)).toBe('FETCH_REFUSED');
  });

  it.each([
    ['a user name', 'https://user@example.org/badge.json'],
    ['a user name and password', 'https://user:secret@example.org/badge.json'],
    ['an empty user name with a password', 'https://:secret@example.org/badge.json'],
  ])('refuses a URL carrying %s', (_what, url) => {
    expect(outcome(url)).toBe('FETCH_REFUSED');
  });

  it.each([
    ['8443', 'https://example.org:8443/badge.json'],
    ['80', 'https://example.org:80/badge.json'],
    ['22', 'https://example.org:22/'],
    ['6379', 'https://example.org:6379/'],
  ])('refuses a non-default port (%s)', (_port, url) => {
    expect(outcome(url)).toBe('FETCH_REFUSED');
  });

  it('explains a refusal with a detail that quotes the URL', () => {
    const refused = checkUrl('http://192.168.1.1/x');
    expect(refused).not.toBeInstanceOf(URL);
    expect((refused as { detail: string }).detail).toContain('http://192.168.1.1/x');
  });

  it('refuses loopback URLs unless the caller opts in', () => {
    expect(outcome('http://127.0.0.1:8080/badge.json')).toBe('FETCH_REFUSED');
    expect(outcome('https://localhost:8443/badge.json')).toBe('FETCH_REFUSED');
  });
});

describe('the URL policy with { allowLoopback: true }', () => {
  it.each([
    ['http to 127.0.0.1 on any port', 'http://127.0.0.1:45123/badge.json'],
    ['https to localhost on any port', 'https://localhost:8443/badge.json'],
    ['http to localhost', 'http://localhost:3000/'],
    ['http to the IPv6 loopback [::1]', 'http://[::1]:3000/'],
    ['https to a public host, as without the option', 'https://example.org/badge.json'],
  ])('allows %s', (_what, url) => {
    expect(outcome(url, LOOPBACK)).toBe('allowed');
  });

  it.each([
    ['a private IPv4 address over http (10.0.0.1)', 'http://10.0.0.1/'],
    ['a private IPv4 address over https (10.0.0.1)', 'https://10.0.0.1/'],
    ['a private IPv4 address (192.168.1.1)', 'http://192.168.1.1/'],
    ['a private IPv4 address over https (192.168.1.1)', 'https://192.168.1.1/'],
    ['a private IPv4 address (172.16.0.1)', 'https://172.16.0.1/'],
    ['the link-local metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['the unspecified address 0.0.0.0', 'http://0.0.0.0:3000/'],
    ['a private IPv6 address', 'https://[fd00::1]/'],
    ['a *.local name', 'https://printer.local/'],
    ['a single-label host', 'https://intranet/'],
    ['plain http to a public host', 'http://example.org/badge.json'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
  ])('still refuses %s', (_what, url) => {
    expect(outcome(url, LOOPBACK)).toBe('FETCH_REFUSED');
  });
});
