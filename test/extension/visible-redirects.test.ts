/**
 * The worker's fetch refuses to follow redirects it cannot see (research/security.md §6 G #82):
 * with a fetch that behaves as a browser's does (a redirect under `redirect: 'manual'` is an opaque
 * response), the engine's request to follow is refused before it reaches the network, and the
 * verdict is "could not verify". End to end: G82 in test/e2e/extension-adversarial.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { verify, type FetchLike } from '../../components/core/index.ts';
import { HIDDEN_REDIRECT, withoutHiddenRedirects } from '../../extension/background/visible-redirects.ts';

/** A browser's fetch for a URL that redirects: opaque under `manual`; `follow` is recorded as reaching the target. */
function browserLikeFetch(reached: string[]): FetchLike {
  return async (input, init) => {
    if (init.redirect === 'manual') {
      const opaque = new Response(null);
      Object.defineProperties(opaque, { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false }, url: { value: input } });
      return opaque;
    }
    reached.push('http://192.168.1.1/credential.json');
    return Response.json({}, { status: 200 });
  };
}

describe('the worker’s fetch', () => {
  it('passes manual requests on and refuses to follow, whether asked to or by default', async () => {
    const asked: RequestInit[] = [];
    const fetch = withoutHiddenRedirects(async (_input, init) => {
      asked.push(init);
      return new Response('{}');
    });
    await expect(fetch('https://issuer.example/c.json', { redirect: 'manual' })).resolves.toBeInstanceOf(Response);
    await expect(fetch('https://issuer.example/c.json', { redirect: 'follow' })).rejects.toThrow(HIDDEN_REDIRECT);
    await expect(fetch('https://issuer.example/c.json', {})).rejects.toThrow(HIDDEN_REDIRECT);
    expect(asked).toHaveLength(1);
  });

  it('makes the engine stop at a redirect it cannot see: nothing is requested past it, and the verdict is unverifiable', async () => {
    const reached: string[] = [];
    const report = await verify('https://issuer.example/credentials/redirecting.json', { fetch: withoutHiddenRedirects(browserLikeFetch(reached)) });
    expect(reached).toEqual([]);
    expect(report.verdict).toBe('unverifiable');
    expect(report.problems[0]?.code).toBe('FETCH_FAILED');
    expect(report.problems[0]?.detail).toContain(HIDDEN_REDIRECT);
  });
});
